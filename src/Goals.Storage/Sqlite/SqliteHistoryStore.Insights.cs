using System.Text.Json;
using Goals.Storage.Abstractions;

namespace Goals.Storage.Sqlite;

/// <summary>A user's insight set is one row holding the list as JSON: it is only ever read and replaced whole.</summary>
public sealed partial class SqliteHistoryStore
{
    public Task SaveInsightsAsync(InsightSet insights, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(insights);
        return database.WriteAsync(
            c => c.ExecuteAsync(
                """
                INSERT INTO insight_sets (user_id, as_of, insights) VALUES (@user, @asOf, @insights)
                ON CONFLICT (user_id) DO UPDATE SET as_of = excluded.as_of, insights = excluded.insights
                WHERE excluded.as_of >= insight_sets.as_of;
                """,
                cancellationToken, ("@user", insights.UserId), ("@asOf", StoredValues.ToText(insights.AsOf)),
                ("@insights", JsonSerializer.Serialize(insights.Insights))),
            cancellationToken);
    }

    public async Task<InsightSet?> GetInsightsAsync(string userId, CancellationToken cancellationToken)
    {
        var rows = await database.ReadAsync(
            c => c.QueryAsync(
                "SELECT as_of, insights FROM insight_sets WHERE user_id = @user;",
                r => new InsightSet(
                    userId, StoredValues.ToDate(r.GetString(0)),
                    JsonSerializer.Deserialize<List<StoredInsight>>(r.GetString(1)) ?? []),
                cancellationToken, ("@user", userId)),
            cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }
}

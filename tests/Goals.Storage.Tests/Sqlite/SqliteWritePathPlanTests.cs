using System.Text.RegularExpressions;
using Goals.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Goals.Storage.Tests.Sqlite;

/// <summary>
/// Every statement an activity or excusal write runs is a key lookup: SQLite's own query plan for it names an index
/// or a primary key and never scans a table, so a write costs the same with 10 or 10 million rows stored.
/// </summary>
public sealed partial class SqliteWritePathPlanTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    public static TheoryData<string> Statements => [.. SqliteWritePath.All.Keys];

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task A_write_path_statement_never_scans_a_table(string name)
    {
        var plan = await PlanAsync(SqliteWritePath.All[name]);

        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
        Assert.All(
            plan.Where(step => step.StartsWith("SEARCH", StringComparison.Ordinal)),
            step => Assert.Matches("USING (INTEGER PRIMARY KEY|PRIMARY KEY|(COVERING )?INDEX)", step));
    }

    [Fact]
    public async Task The_idempotency_lookup_uses_the_unique_owner_and_key_index()
    {
        var plan = await PlanAsync(SqliteWritePath.ActivityByKey);

        Assert.Equal(["SEARCH activities USING INDEX activities_owner_key (owner_id=? AND idempotency_key=?)"], plan);
    }

    [Fact]
    public async Task Moving_an_activity_in_or_out_of_a_day_is_a_primary_key_upsert()
    {
        Assert.Equal(
            ["SEARCH day_totals USING PRIMARY KEY (goal_id=? AND date=?)"],
            await PlanAsync(SqliteWritePath.DeleteEmptyDay));
        Assert.Equal(
            ["SEARCH goals USING PRIMARY KEY (id=?)"],
            await PlanAsync(SqliteWritePath.TouchGoal));
    }

    /// <summary>The detail column of EXPLAIN QUERY PLAN, every parameter bound to a typical value.</summary>
    private async Task<List<string>> PlanAsync(string sql)
    {
        await using var connection = await SqliteFile.OpenAsync(fixture.FilePath);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var parameter in Parameter().Matches(sql).Select(match => match.Value).Distinct())
        {
            command.Parameters.AddWithValue(parameter, parameter is "@amount" or "@count" ? 1 : "x");
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(reader.GetOrdinal("detail")));
        }

        return plan;
    }

    [GeneratedRegex("@[a-zA-Z]+")]
    private static partial Regex Parameter();
}

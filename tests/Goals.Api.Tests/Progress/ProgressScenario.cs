using System.Globalization;
using System.Text.Json.Nodes;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;
using Goals.Storage.Abstractions;
using NodaTime;
using NodaTime.Text;

namespace Goals.Api.Tests.Progress;

/// <summary>One user's goal with activities written through the store, read back through <c>/graphql</c>.</summary>
public sealed class ProgressScenario(GoalsTestHost host, string user) : IDisposable
{
    public const string ProgressFields =
        "asOf periodStart periodEnd current target fraction remaining state completionRate7d completionRate30d strength expected safetyBufferDays projectedCompletion";

    public const string StreakFields = "current longest unit startedOn atRisk";

    public GraphQLClient Client { get; } = host.ClientFor(user);

    public string GoalId { get; private set; } = string.Empty;

    public async Task<ProgressScenario> WithGoalAsync(object input)
    {
        GoalId = await Client.CreateIdAsync(input);
        return this;
    }

    /// <summary>Logs <paramref name="amount"/> on each "yyyy-MM-dd" date (at noon UTC of that date).</summary>
    public Task<ProgressScenario> LogAsync(double amount, params string[] dates) =>
        LogAsync([.. dates.Select(date => (amount, date))]);

    /// <summary>Logs each (amount, "yyyy-MM-dd") entry.</summary>
    public async Task<ProgressScenario> LogAsync(params (double Amount, string Date)[] entries)
    {
        var store = host.Store<IActivityStore>();
        foreach (var (amount, text) in entries)
        {
            var date = LocalDatePattern.Iso.Parse(text).Value;
            var at = date.At(new LocalTime(12, 0)).InUtc().ToInstant();
            var result = await store.AppendAsync(new NewActivity(user, GoalRequests.KeyOf(GoalId), at, date, amount), default);
            Assert.Equal(AppendOutcome.Created, result.Outcome);
        }

        return this;
    }

    public async Task<JsonNode> ProgressAsync(string? asOf = null) =>
        (await Client.DataAsync(
            $"query($id: ID!, $asOf: LocalDate) {{ goal(id: $id) {{ progress(asOf: $asOf) {{ {ProgressFields} }} }} }}",
            new { id = GoalId, asOf }))["goal"]!["progress"]!;

    public async Task<JsonNode> StreakAsync() =>
        (await Client.DataAsync($"query($id: ID!) {{ goal(id: $id) {{ streak {{ {StreakFields} }} }} }}", new { id = GoalId }))["goal"]!["streak"]!;

    public void Dispose() => Client.Dispose();
}

public static class JsonValues
{
    public static double Number(this JsonNode node, string name) => node[name]!.GetValue<double>();

    public static string Text(this JsonNode node, string name) => node[name]!.GetValue<string>();

    public static bool Flag(this JsonNode node, string name) => node[name]!.GetValue<bool>();

    public static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}

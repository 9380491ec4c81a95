using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// The product brief's load scenarios against a running server: many users create goals at once, then activity logs
/// arrive at a steady rate while progress and list reads run beside them.
/// </summary>
public sealed class BriefScenarios(ScenarioOptions options, HttpClient http, TimeProvider clock)
{
    private const string CreateGoal =
        "mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } errors { ... on Error { message } } } }";
    private const string LogActivity =
        "mutation($input: LogActivityInput!) { logActivity(input: $input) { activity { id } errors { ... on Error { message } } } }";
    private const string ProgressRead =
        "query($id: ID!) { goal(id: $id) { id progress { current target state } streak { current longest } } }";
    private const string ListRead =
        "{ goals(first: 20) { nodes { id title progress { current target state } streak { current longest } } } }";

    private static readonly string[] Patterns = ["HABIT", "TARGET", "FREQUENCY"];

    private readonly LatencyRecorder _recorder = new();

    public async Task<ScenarioReport> RunAsync(CancellationToken cancellationToken)
    {
        var sender = new GraphQLSender(http, _recorder);
        var users = MintUsers();
        var clockStarted = Stopwatch.StartNew();

        var goals = await CreateGoalsAsync(sender, users, cancellationToken);
        var createSeconds = clockStarted.Elapsed.TotalSeconds;

        var sustained = new SustainedLoad(sender, goals, options, clock);
        var logsSent = await sustained.RunAsync(cancellationToken);

        return ScenarioReport.From(options, _recorder, createSeconds, logsSent, clockStarted.Elapsed);
    }

    private IReadOnlyList<string> MintUsers()
    {
        var minter = new TokenMinter(options.SigningKey, options.Issuer, options.Audience, clock);
        var run = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var lifetime = options.Sustain + TimeSpan.FromMinutes(10);
        return [.. Enumerable.Range(0, options.Users).Select(index => minter.Mint($"load-{run}-{index:0000}", lifetime))];
    }

    /// <summary>Every user creates its goals at the same moment: one task per user, goals one after another.</summary>
    private async Task<IReadOnlyList<UserGoal>> CreateGoalsAsync(GraphQLSender sender, IReadOnlyList<string> users, CancellationToken cancellationToken)
    {
        var created = await Task.WhenAll(users.Select(async token =>
        {
            var mine = new List<UserGoal>();
            for (var index = 0; index < options.GoalsPerUser; index++)
            {
                var input = new JsonObject { ["title"] = $"Load goal {index}", ["pattern"] = Patterns[index % Patterns.Length], ["target"] = 3 };
                var data = await sender.SendAsync("createGoal", token, CreateGoal, new JsonObject { ["input"] = input }, cancellationToken);
                if (data?["createGoal"]?["goal"]?["id"]?.GetValue<string>() is { } id)
                {
                    mine.Add(new UserGoal(token, id));
                }
            }

            return mine;
        }));
        var goals = created.SelectMany(list => list).ToList();
        return goals.Count > 0 ? goals : throw new InvalidOperationException(
            $"no goal could be created: {string.Join("; ", _recorder.FirstErrors)}");
    }

    internal static string CreateQuery => CreateGoal;
    internal static string LogQuery => LogActivity;
    internal static string ProgressQuery => ProgressRead;
    internal static string ListQuery => ListRead;
}

/// <summary>One created goal and the token of the user who owns it.</summary>
public sealed record UserGoal(string Token, string GoalId);

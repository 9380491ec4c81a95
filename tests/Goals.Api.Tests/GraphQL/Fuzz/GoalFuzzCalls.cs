using System.Text.Json.Nodes;
using static Goals.Api.Tests.GraphQL.Fuzz.FuzzSelections;

namespace Goals.Api.Tests.GraphQL.Fuzz;

/// <summary>Generated goal mutations: create (also from a template), update, status changes, archive and delete.</summary>
public sealed class GoalFuzzCalls(FuzzValues values, FuzzIds ids, IReadOnlyList<string> templateIds)
{
    private static readonly string[] Patterns = ["HABIT", "FREQUENCY", "TARGET", "LIMIT", "CUMULATIVE"];
    private static readonly string[] Days = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

    public FuzzCall Create(string user)
    {
        var input = new JsonObject
        {
            ["title"] = values.Text(120),
            ["pattern"] = values.Enum(Patterns),
            ["target"] = values.Number(values.Chance(0.3) ? 500 : 4),
        };
        values.Maybe(input, "description", 0.3, () => values.Text(2000));
        values.Maybe(input, "category", 0.3, () => values.Enum("FITNESS", "HEALTH", "OTHER", "FINANCE"));
        values.Maybe(input, "unit", 0.3, () => values.Text(32));
        values.Maybe(input, "period", 0.4, () => values.Enum("DAY", "WEEK", "MONTH"));
        values.Maybe(input, "schedule", 0.2, Schedule);
        values.Maybe(input, "minAmount", 0.15, () => values.Number());
        values.Maybe(input, "startDate", 0.6, values.Date);
        values.Maybe(input, "deadline", 0.3, values.Date);
        return GoalPayload(user, "createGoal", "CreateGoalInput", input);
    }

    public FuzzCall FromTemplate(string user)
    {
        var input = new JsonObject
        {
            ["templateId"] = values.Chance(0.8) ? values.Pick(templateIds) : ids.Pick(user, "goal"),
        };
        values.Maybe(input, "title", 0.3, () => values.Text(120));
        values.Maybe(input, "target", 0.3, () => values.Number());
        values.Maybe(input, "startDate", 0.5, values.Date);
        return GoalPayload(user, "createGoalFromTemplate", "CreateGoalFromTemplateInput", input);
    }

    public FuzzCall Update(string user)
    {
        var input = new JsonObject { ["id"] = ids.Pick(user, "goal") };
        values.Maybe(input, "expectedVersion", 0.2, values.WholeNumber);
        values.Maybe(input, "title", 0.3, () => values.Text(120));
        values.Maybe(input, "description", 0.3, () => values.Text(2000));
        values.Maybe(input, "category", 0.1, () => values.Enum("LEARNING", "SOCIAL"));
        values.Maybe(input, "target", 0.4, () => values.Number(values.Chance(0.3) ? 1000 : 4));
        values.Maybe(input, "unit", 0.2, () => values.Text(32));
        values.Maybe(input, "schedule", 0.2, Schedule);
        values.Maybe(input, "minAmount", 0.2, () => values.Number());
        values.Maybe(input, "deadline", 0.3, values.Date);
        return new FuzzCall(user, "updateGoal", Mutation("updateGoal", "UpdateGoalInput", Goal), new() { ["input"] = input },
            payload => Has(payload, "goal"));
    }

    public FuzzCall Pause(string user)
    {
        var input = new JsonObject { ["id"] = ids.Pick(user, "goal") };
        values.Maybe(input, "from", 0.5, values.Date);
        values.Maybe(input, "to", 0.5, values.Date);
        return new FuzzCall(user, "pauseGoal", Mutation("pauseGoal", "PauseGoalInput", Goal), new() { ["input"] = input },
            payload => Has(payload, "goal"));
    }

    /// <summary>resumeGoal, completeGoal or deleteGoal on one id.</summary>
    public FuzzCall OnOne(string user, string field)
    {
        var selection = field == "deleteGoal" ? "deletedId" : Goal;
        return new FuzzCall(user, field, Mutation(field, "GoalIdInput", selection), new() { ["input"] = new JsonObject { ["id"] = ids.Pick(user, "goal") } },
            payload => Has(payload, field == "deleteGoal" ? "deletedId" : "goal"),
            payload => ids.Remove(user, "goal", field == "deleteGoal" ? payload["deletedId"]?.GetValue<string>() : null));
    }

    public FuzzCall Archive(string user)
    {
        var count = values.Chance(0.03) ? values.Pick([101, 600, 5000]) : values.Random.Next(0, 5);
        var input = new JsonObject { ["ids"] = ids.PickMany(user, "goal", count) };
        return new FuzzCall(user, "archiveGoals", Mutation("archiveGoals", "ArchiveGoalsInput", "goals { id status }"),
            new() { ["input"] = input }, payload => payload["goals"] is JsonArray { Count: > 0 });
    }

    private FuzzCall GoalPayload(string user, string field, string inputType, JsonObject input) =>
        new(user, field, Mutation(field, inputType, Goal), new() { ["input"] = input },
            payload => Has(payload, "goal"), payload => ids.Add(user, "goal", Id(payload, "goal")));

    private JsonNode? Schedule() => values.Random.Next(6) switch
    {
        0 => new JsonArray(),
        1 => new JsonArray("MONDAY", "MONDAY", "FRIDAY"),
        2 => new JsonArray("FUNDAY"),
        3 => null,
        _ => new JsonArray([.. Days.Where(_ => values.Chance(0.5)).Select(day => (JsonNode)day)]),
    };


    public static string Mutation(string field, string inputType, string selection) =>
        $"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} {Errors} }} }}";
}

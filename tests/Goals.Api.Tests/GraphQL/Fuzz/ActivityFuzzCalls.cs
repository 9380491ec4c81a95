using System.Text.Json.Nodes;
using static Goals.Api.Tests.GraphQL.Fuzz.FuzzSelections;
using static Goals.Api.Tests.GraphQL.Fuzz.GoalFuzzCalls;

namespace Goals.Api.Tests.GraphQL.Fuzz;

/// <summary>Generated activity mutations: log one or many, edit, delete, and skip a day.</summary>
public sealed class ActivityFuzzCalls(FuzzValues values, FuzzIds ids)
{
    public FuzzCall Log(string user) =>
        new(user, "logActivity", Mutation("logActivity", "LogActivityInput", $"{Activity} {Goal}"),
            new() { ["input"] = Item(user) }, payload => Has(payload, "activity"), Learn(user));

    public FuzzCall LogMany(string user)
    {
        var count = values.Chance(0.02) ? 501 : values.Random.Next(0, 6);
        var items = new JsonArray();
        for (var i = 0; i < count; i++)
            items.Add(Item(user));
        return new FuzzCall(user, "logActivities",
            $"mutation($input: LogActivitiesInput!) {{ logActivities(input: $input) {{ loggedCount results {{ {Activity} {Goal} {Errors} }} }} }}",
            new() { ["input"] = new JsonObject { ["activities"] = items } },
            payload => payload["loggedCount"]?.GetValue<int>() > 0,
            payload =>
            {
                foreach (var result in payload["results"]?.AsArray() ?? [])
                    ids.Add(user, "activity", result is null ? null : Id(result, "activity"));
            });
    }

    public FuzzCall Update(string user)
    {
        var input = new JsonObject { ["id"] = ids.Pick(user, "activity") };
        values.Maybe(input, "amount", 0.5, () => values.Number());
        values.Maybe(input, "note", 0.3, () => values.Text(500));
        values.Maybe(input, "date", 0.5, values.Date);
        return new FuzzCall(user, "updateActivity", Mutation("updateActivity", "UpdateActivityInput", $"{Activity} {Goal}"),
            new() { ["input"] = input }, payload => Has(payload, "activity"));
    }

    public FuzzCall Delete(string user) =>
        new(user, "deleteActivity", Mutation("deleteActivity", "DeleteActivityInput", $"deletedId {Goal}"),
            new() { ["input"] = new JsonObject { ["id"] = ids.Pick(user, "activity") } },
            payload => Has(payload, "deletedId"),
            payload => ids.Remove(user, "activity", payload["deletedId"]?.GetValue<string>()));

    public FuzzCall Skip(string user) =>
        new(user, "skipDay", Mutation("skipDay", "SkipDayInput", Goal),
            new() { ["input"] = new JsonObject { ["goalId"] = ids.Pick(user, "goal"), ["date"] = values.Date() } },
            payload => Has(payload, "goal"));

    private JsonObject Item(string user)
    {
        var input = new JsonObject { ["goalId"] = ids.Pick(user, "goal") };
        values.Maybe(input, "amount", 0.7, () => values.Number(values.Chance(0.2) ? 1e6 : 3));
        values.Maybe(input, "date", 0.4, values.Date);
        values.Maybe(input, "occurredAt", 0.2, values.Instant);
        values.Maybe(input, "note", 0.2, () => values.Text(500));
        values.Maybe(input, "idempotencyKey", 0.2, () => values.Chance(0.1) ? new string('k', 129) : $"key-{values.Random.Next(40)}");
        return input;
    }

    private Action<JsonNode> Learn(string user) => payload => ids.Add(user, "activity", Id(payload, "activity"));

}

using System.Text.Json.Nodes;
using static Goals.Api.Tests.GraphQL.Fuzz.FuzzSelections;
using static Goals.Api.Tests.GraphQL.Fuzz.GoalFuzzCalls;

namespace Goals.Api.Tests.GraphQL.Fuzz;

/// <summary>Generated account mutations (vacations, settings, the inbox) and the reads that evaluate stored data.</summary>
public sealed class AccountFuzzCalls(FuzzValues values, FuzzIds ids)
{
    private const string VacationFields = "vacation { id from to }";

    public FuzzCall StartVacation(string user)
    {
        var input = new JsonObject();
        values.Maybe(input, "from", 0.7, values.Date);
        values.Maybe(input, "to", 0.6, values.Date);
        return new FuzzCall(user, "startVacation", Mutation("startVacation", "StartVacationInput", VacationFields),
            new() { ["input"] = input }, payload => Has(payload, "vacation"), payload => ids.Add(user, "vacation", Id(payload, "vacation")));
    }

    public FuzzCall EndVacation(string user)
    {
        var input = new JsonObject();
        values.Maybe(input, "id", 0.6, () => ids.Pick(user, "vacation"));
        return new FuzzCall(user, "endVacation", Mutation("endVacation", "EndVacationInput", VacationFields),
            new() { ["input"] = input }, NoErrors);
    }

    public FuzzCall DeleteVacation(string user) =>
        new(user, "deleteVacation", Mutation("deleteVacation", "VacationIdInput", "deletedId"),
            new() { ["input"] = new JsonObject { ["id"] = ids.Pick(user, "vacation") } }, payload => Has(payload, "deletedId"));

    public FuzzCall UpdateSettings(string user)
    {
        var input = new JsonObject();
        values.Maybe(input, "timeZone", 0.7, () => values.Zone());
        values.Maybe(input, "dayStartsAt", 0.3, () => values.Pick(["00:00", "04:00", "11:59", "12:00", "23:59", "24:00", "4"]));
        values.Maybe(input, "weekStart", 0.2, () => values.Enum("MONDAY", "SUNDAY", "SATURDAY"));
        values.Maybe(input, "streakReminderHour", 0.2, values.WholeNumber);
        return new FuzzCall(user, "updateSettings",
            Mutation("updateSettings", "UpdateSettingsInput", "user { id timeZone dayStartsAt weekStart streakReminderHour }"),
            new() { ["input"] = input }, payload => NoErrors(payload) && Has(payload, "user"));
    }

    public FuzzCall MarkRead(string user)
    {
        var input = new JsonObject();
        values.Maybe(input, "ids", 0.6, () => ids.PickMany(user, "notification", values.Chance(0.03) ? 5000 : values.Random.Next(0, 4)));
        values.Maybe(input, "all", 0.5, () => values.Chance(0.8));
        return new FuzzCall(user, "markNotificationsRead",
            "mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { updatedCount } }",
            new() { ["input"] = input }, payload => payload["updatedCount"] is not null);
    }

    /// <summary>A read that runs the engine or the date arguments over whatever the mutations have stored.</summary>
    public FuzzCall Read(string user) => values.Random.Next(8) switch
    {
        0 => FuzzCall.Read(user, "goals",
            $"query($from: LocalDate!, $to: LocalDate!) {{ goals(first: 50) {{ nodes {{ id {Derived} history(from: $from, to: $to) {{ date value met streak }} }} }} }}",
            new() { ["from"] = values.Date(), ["to"] = values.Date() }),
        1 => FuzzCall.Read(user, "insights", "query { insights { kind message goal { id } } }", []),
        2 => FuzzCall.Read(user, "dailyStats", "query($from: LocalDate!, $to: LocalDate!) { dailyStats(from: $from, to: $to) { date goalsDue goalsMet } }",
            new() { ["from"] = values.Date(), ["to"] = values.Date() }),
        3 => FuzzCall.Read(user, "export", "query { export(format: JSON) { contentType } }", []),
        4 => FuzzCall.Read(user, "goal",
            $"query($id: ID!, $asOf: LocalDate, $from: LocalDate, $to: LocalDate) {{ goal(id: $id) {{ progress(asOf: $asOf) {{ state projectedCompletion }} activities(first: 5, from: $from, to: $to) {{ totalCount }} }} }}",
            new() { ["id"] = ids.Pick(user, "goal"), ["asOf"] = values.Date(), ["from"] = values.Date(), ["to"] = values.Date() }),
        5 => FuzzCall.Read(user, "notifications", "query { notifications(first: 20) { nodes { id kind } } }", [],
            payload =>
            {
                foreach (var node in payload["nodes"]?.AsArray() ?? [])
                    ids.Add(user, "notification", node?["id"]?.GetValue<string>());
            }),
        6 => FuzzCall.Read(user, "recommendations", "query($first: Int) { recommendations(first: $first) { score } vacations { id from to } }",
            new() { ["first"] = values.WholeNumber() }),
        _ => FuzzCall.Read(user, "nodes", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            new() { ["ids"] = ids.PickMany(user, "goal", values.Random.Next(0, 4)) }),
    };
}

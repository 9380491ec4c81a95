using Goals.Api.Common;
using Goals.Api.Goals;
using Goals.Api.Tests.GraphQL.Fuzz;
using Goals.Api.Tests.Insights;
using Goals.Domain;
using Goals.Server.Relay;
using NodaTime;

namespace Goals.Api.Tests.Common;

/// <summary>
/// Attack: dates were not range-checked. startDate took -9998-01-01 and 9999-12-31, logActivity on 9999-12-31 in a
/// UTC+14 zone answered INTERNAL_SERVER_ERROR, and 373 of 2,735 date-edge inputs did. Every date input now lies
/// between 1900-01-01 and 2200-12-31, else a ValidationError names the field and nothing is stored.
/// </summary>
public sealed class DateRangeTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    public static TheoryData<string, string, string> Mutations => new()
    {
        { "createGoal", "startDate", """createGoal(input: { title: "T", pattern: HABIT, target: 1, startDate: "DATE" }) { goal { id } ERRORS }""" },
        { "createGoal", "deadline", """createGoal(input: { title: "T", pattern: CUMULATIVE, target: 9, deadline: "DATE" }) { goal { id } ERRORS }""" },
        { "createGoalFromTemplate", "startDate", """createGoalFromTemplate(input: { templateId: "TEMPLATE", startDate: "DATE" }) { goal { id } ERRORS }""" },
        { "updateGoal", "deadline", """updateGoal(input: { id: "GOAL", deadline: "DATE" }) { goal { id } ERRORS }""" },
        { "logActivity", "date", """logActivity(input: { goalId: "GOAL", date: "DATE" }) { activity { id } ERRORS }""" },
        { "logActivity", "occurredAt", """logActivity(input: { goalId: "GOAL", occurredAt: "DATET12:00:00Z" }) { activity { id } ERRORS }""" },
        { "updateActivity", "date", """updateActivity(input: { id: "ACTIVITY", date: "DATE" }) { activity { id } ERRORS }""" },
        { "skipDay", "date", """skipDay(input: { goalId: "GOAL", date: "DATE" }) { goal { id } ERRORS }""" },
        { "pauseGoal", "from", """pauseGoal(input: { id: "GOAL", from: "DATE" }) { goal { id } ERRORS }""" },
        { "pauseGoal", "to", """pauseGoal(input: { id: "GOAL", to: "DATE" }) { goal { id } ERRORS }""" },
        { "startVacation", "from", """startVacation(input: { from: "DATE" }) { vacation { id } ERRORS }""" },
        { "startVacation", "to", """startVacation(input: { to: "DATE" }) { vacation { id } ERRORS }""" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task Every_date_input_outside_1900_to_2200_is_a_validation_error_naming_its_field_and_stores_nothing(
        string mutation, string field, string selection)
    {
        foreach (var date in new[] { "9999-12-31", "-9998-01-01", "1899-12-31", "2201-01-01" })
        {
            var user = $"range-{mutation}-{field}-{date}";
            using var client = await KiritimatiUserAsync(user);
            var (goal, activity) = await SeedAsync(user);
            var document = "mutation { " + selection
                .Replace("ERRORS", "errors { __typename ... on ValidationError { field } }", StringComparison.Ordinal)
                .Replace("GOAL", goal, StringComparison.Ordinal).Replace("ACTIVITY", activity, StringComparison.Ordinal)
                .Replace("TEMPLATE", GlobalId.Encode("GoalTemplate", "drink-water"), StringComparison.Ordinal)
                .Replace("DATE", date, StringComparison.Ordinal) + " }";
            using var store = new StoreWatch(api.DatabasePath);
            var before = store.Version();

            var response = await client.SendAsync(document);

            Assert.True(response.Errors is null, response.ToString());
            var errors = response.Data![mutation]!["errors"]!.AsArray();
            Assert.Contains(errors, error => error!["__typename"]!.GetValue<string>() == "ValidationError" && error["field"]!.GetValue<string>() == field);
            Assert.Equal(before, store.Version());
        }
    }

    [Fact]
    public async Task Logging_on_9999_12_31_in_a_utc_plus_14_zone_is_a_validation_error_on_date()
    {
        using var client = await KiritimatiUserAsync("kiritimati-9999");
        var (goal, _) = await SeedAsync("kiritimati-9999");

        var payload = (await client.DataAsync(
            $$"""mutation { logActivity(input: { goalId: "{{goal}}", date: "9999-12-31" }) { activity { id } errors { ... on ValidationError { field message } } } }"""))["logActivity"]!;

        Assert.Null(payload["activity"]);
        Assert.Equal("`date` must be between 1900-01-01 and 2200-12-31.", payload["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{ goal(id: "GOAL") { progress(asOf: "-9998-01-01") { state } } }""", "asOf")]
    [InlineData("""{ goal(id: "GOAL") { history(from: "9999-12-25", to: "9999-12-31") { date } } }""", "from")]
    [InlineData("""{ goal(id: "GOAL") { activities(from: "1899-12-31") { totalCount } } }""", "from")]
    [InlineData("""{ dailyStats(from: "2026-11-20", to: "9999-12-31") { date } }""", "to")]
    public async Task Date_arguments_of_queries_outside_1900_to_2200_are_bad_user_input_naming_the_argument(string query, string argument)
    {
        using var client = await KiritimatiUserAsync($"range-query-{argument}-{query.Length}");
        var (goal, _) = await SeedAsync($"range-query-{argument}-{query.Length}");

        var response = await client.SendAsync(query.Replace("GOAL", goal, StringComparison.Ordinal));

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.StartsWith($"`{argument}` must be between 1900-01-01 and 2200-12-31.", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<Support.GraphQLClient> KiritimatiUserAsync(string user)
    {
        var client = api.ClientFor(user);
        await client.DataAsync("""mutation { updateSettings(input: { timeZone: "Pacific/Kiritimati" }) { user { id } } }""");
        return client;
    }

    private async Task<(string Goal, string Activity)> SeedAsync(string user)
    {
        var seed = api.Seed(user);
        var goal = await seed.GoalAsync("Read", GoalPattern.Habit, 1, new LocalDate(2026, 11, 1));
        var activity = await seed.LogAsync(goal, new LocalDate(2026, 11, 2));
        return (GoalIds.Encode(goal.Id), Api.Activities.ActivityIds.Encode(activity.Id));
    }
}

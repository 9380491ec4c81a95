using System.Text.Json.Nodes;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Users;

public sealed class StreakReminderSettingsTests(GoalsApiFactory factory) : IClassFixture<GoalsApiFactory>
{
    private const string Me = "{ me { timeZone streakReminderHour } }";

    private const string Update = """
        mutation($input: UpdateSettingsInput!) { updateSettings(input: $input) {
          user { timeZone streakReminderHour } errors { __typename ... on ValidationError { field message } } } }
        """;

    [Fact]
    public async Task A_user_who_never_chose_sees_the_server_default_hour()
    {
        using var client = factory.ClientFor("reminder-default");

        var me = (await client.DataAsync(Me))["me"]!;

        Assert.Equal(20, me["streakReminderHour"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_chosen_hour_is_answered_by_the_mutation_and_by_me()
    {
        using var client = factory.ClientFor("reminder-seven");

        var user = await UpdateAsync(client, new { streakReminderHour = 7 });

        Assert.Equal(7, user["streakReminderHour"]!.GetValue<int>());
        Assert.Equal(7, (await client.DataAsync(Me))["me"]!["streakReminderHour"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_omitted_hour_keeps_the_choice_and_an_explicit_null_turns_the_reminder_off()
    {
        using var client = factory.ClientFor("reminder-off");
        await UpdateAsync(client, new { streakReminderHour = 6 });

        var kept = await UpdateAsync(client, new { timeZone = "Asia/Tokyo" });
        var off = await UpdateAsync(client, new { streakReminderHour = (int?)null });
        var offAfterCalendarChange = await UpdateAsync(client, new { timeZone = "Europe/Berlin" });

        Assert.Equal(("Asia/Tokyo", 6), (kept["timeZone"]!.GetValue<string>(), kept["streakReminderHour"]!.GetValue<int>()));
        Assert.Null(off["streakReminderHour"]);
        Assert.Equal("Asia/Tokyo", off["timeZone"]!.GetValue<string>());
        Assert.Null(offAfterCalendarChange["streakReminderHour"]);
        Assert.Null((await client.DataAsync(Me))["me"]!["streakReminderHour"]);
    }

    [Fact]
    public async Task A_literal_null_in_the_query_text_turns_the_reminder_off_too()
    {
        using var client = factory.ClientFor("reminder-literal");
        await UpdateAsync(client, new { streakReminderHour = 21 });

        var data = await client.DataAsync("""
            mutation { updateSettings(input: { streakReminderHour: null }) { user { streakReminderHour } errors { __typename } } }
            """);

        Assert.Null(data["updateSettings"]!["errors"]);
        Assert.Null(data["updateSettings"]!["user"]!["streakReminderHour"]);
        Assert.Null((await client.DataAsync(Me))["me"]!["streakReminderHour"]);
    }

    [Theory]
    [InlineData(24)]
    [InlineData(-1)]
    public async Task An_hour_outside_0_to_23_is_refused_by_field_and_nothing_is_stored(int hour)
    {
        using var client = factory.ClientFor($"reminder-range{hour}");
        await UpdateAsync(client, new { streakReminderHour = 7 });

        var payload = (await client.DataAsync(Update, new { input = new { timeZone = "Asia/Tokyo", streakReminderHour = hour } }))
            ["updateSettings"]!;

        Assert.Null(payload["user"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("ValidationError", "streakReminderHour", "The reminder hour must be 0 to 23, or null to turn the reminder off."),
            (error["__typename"]!.GetValue<string>(), error["field"]!.GetValue<string>(), error["message"]!.GetValue<string>()));
        var me = (await client.DataAsync(Me))["me"]!;
        Assert.Equal(("UTC", 7), (me["timeZone"]!.GetValue<string>(), me["streakReminderHour"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_bad_hour_is_reported_together_with_the_other_settings_errors()
    {
        using var client = factory.ClientFor("reminder-errors");

        var payload = (await client.DataAsync(Update, new { input = new { timeZone = "Mars/Olympus", streakReminderHour = 99 } }))
            ["updateSettings"]!;

        Assert.Equal(["timeZone", "streakReminderHour"], payload["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
        var me = (await client.DataAsync(Me))["me"]!;
        Assert.Equal(("UTC", 20), (me["timeZone"]!.GetValue<string>(), me["streakReminderHour"]!.GetValue<int>()));
    }

    private static async Task<JsonNode> UpdateAsync(GraphQLClient client, object input)
    {
        var payload = (await client.DataAsync(Update, new { input }))["updateSettings"]!;
        Assert.Null(payload["errors"]);
        return payload["user"]!;
    }
}

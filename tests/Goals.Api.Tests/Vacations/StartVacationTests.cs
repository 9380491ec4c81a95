using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Server.Relay;

namespace Goals.Api.Tests.Vacations;

/// <summary><c>startVacation</c> with today pinned to Wednesday 2026-11-25 (UTC).</summary>
public sealed class StartVacationTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    [Fact]
    public async Task Starting_without_dates_opens_a_vacation_from_today()
    {
        using var client = host.ClientFor("start-default");

        var payload = await client.StartVacationAsync(new { });

        Assert.Null(payload["errors"]);
        Assert.Equal("2026-11-25..open", VacationRequests.Window(payload["vacation"]!));
        Assert.True(GlobalId.TryDecode(payload["vacation"].Text("id"), out var type, out _));
        Assert.Equal("Vacation", type);
        Assert.Equal(["2026-11-25..open"], await client.VacationsAsync());
    }

    [Fact]
    public async Task Vacations_may_start_in_the_past_or_be_planned_and_are_listed_oldest_first()
    {
        using var client = host.ClientFor("start-listed");

        await client.StartVacationIdAsync(new { from = "2026-12-20", to = "2027-01-03" });
        await client.StartVacationIdAsync(new { from = "2026-11-20", to = "2026-11-27" });
        await client.StartVacationIdAsync(new { from = "2027-01-04" });

        Assert.Equal(["2026-11-20..2026-11-27", "2026-12-20..2027-01-03", "2027-01-04..open"], await client.VacationsAsync());
    }

    [Theory]
    [InlineData("start-far-past", "2025-11-24", null, "2025-11-24..open")]
    [InlineData("start-far-future", "2027-11-26", null, "2027-11-26..open")]
    [InlineData("start-longest", "2026-11-25", "2027-11-25", "2026-11-25..2027-11-25")]
    [InlineData("start-today-only", "2026-11-20", "2026-11-25", "2026-11-20..2026-11-25")]
    public async Task The_limits_themselves_are_accepted(string user, string from, string? to, string stored)
    {
        using var client = host.ClientFor(user);

        await client.StartVacationIdAsync(new { from, to });

        Assert.Equal([stored], await client.VacationsAsync());
    }

    [Theory]
    [InlineData("2025-11-23", null, "ValidationError:from", "A vacation starts at most 366 days before or after today.")]
    [InlineData("2027-11-27", null, "ValidationError:from", "A vacation starts at most 366 days before or after today.")]
    [InlineData("2026-11-30", "2026-11-29", "ValidationError:to", "A vacation ends on or after its first day.")]
    [InlineData("2026-11-20", "2026-11-24", "ValidationError:to", "A vacation lasts at least until today; excuse days that are over with skipDay.")]
    [InlineData("2026-11-25", "2027-11-26", "ValidationError:to", "A vacation lasts at most 366 days.")]
    public async Task Dates_outside_the_rules_are_refused_and_store_nothing(string from, string? to, string error, string message)
    {
        using var client = host.ClientFor($"start-invalid-{from}-{to}");

        var payload = await client.StartVacationAsync(new { from, to });

        Assert.Null(payload["vacation"]);
        Assert.Equal([error], payload.ErrorList());
        Assert.Equal(message, payload["errors"]![0].Text("message"));
        Assert.Empty(await client.VacationsAsync());
    }

    [Fact]
    public async Task Both_fields_at_fault_are_reported_together()
    {
        using var client = host.ClientFor("start-both-invalid");

        var payload = await client.StartVacationAsync(new { from = "2025-11-01", to = "2026-11-20" });

        Assert.Equal(["ValidationError:from", "ValidationError:to"], payload.ErrorList());
        Assert.Empty(await client.VacationsAsync());
    }

    [Theory]
    [InlineData("2026-12-25", "2027-01-05", "from")]
    [InlineData("2026-12-31", null, "from")]
    [InlineData("2026-12-10", "2026-12-20", "to")]
    [InlineData("2026-12-10", null, "to")]
    [InlineData("2026-12-01", "2027-01-10", "to")]
    public async Task A_vacation_sharing_a_day_with_another_is_refused_naming_the_field_that_reaches_it(
        string from, string? to, string field)
    {
        using var client = host.ClientFor($"start-overlap-{from}-{to}");
        await client.StartVacationIdAsync(new { from = "2026-12-20", to = "2026-12-31" });

        var payload = await client.StartVacationAsync(new { from, to });

        Assert.Equal([$"ValidationError:{field}"], payload.ErrorList());
        Assert.Equal(
            "The vacation from 2026-12-20 to 2026-12-31 already covers some of these days.",
            payload["errors"]![0].Text("message"));
        Assert.Equal(["2026-12-20..2026-12-31"], await client.VacationsAsync());
    }

    [Fact]
    public async Task An_open_vacation_covers_every_later_day_and_adjacent_vacations_stay_apart()
    {
        using var client = host.ClientFor("start-after-open");
        await client.StartVacationIdAsync(new { from = "2026-11-20", to = "2026-11-26" });
        await client.StartVacationIdAsync(new { from = "2026-11-27" });

        var payload = await client.StartVacationAsync(new { from = "2027-03-01", to = "2027-03-02" });

        Assert.Equal("ValidationError The vacation from 2026-11-27 (open) already covers some of these days.", payload.SingleError());
        Assert.Equal(["2026-11-20..2026-11-26", "2026-11-27..open"], await client.VacationsAsync());
    }

    [Fact]
    public async Task Another_users_vacation_never_clashes()
    {
        using var other = host.ClientFor("start-other-owner");
        using var client = host.ClientFor("start-other-caller");
        await other.StartVacationIdAsync(new { from = "2026-12-20", to = "2026-12-31" });

        await client.StartVacationIdAsync(new { from = "2026-12-20", to = "2026-12-31" });

        Assert.Equal(["2026-12-20..2026-12-31"], await client.VacationsAsync());
        Assert.Equal(["2026-12-20..2026-12-31"], await other.VacationsAsync());
    }

    [Fact]
    public async Task Racing_starts_of_the_same_days_never_leave_two_vacations()
    {
        using var client = host.ClientFor("start-race");

        var payloads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.StartVacationAsync(new { from = "2026-12-20" })));

        var stored = await client.VacationsAsync();
        var accepted = payloads.Count(payload => payload["errors"] is null);
        Assert.True(stored.Count <= 1, string.Join(", ", stored));
        Assert.Equal(stored.Count, accepted);
        Assert.All(payloads.Where(payload => payload["errors"] is not null), payload => Assert.Equal(["ValidationError:from"], payload.ErrorList()));
    }
}

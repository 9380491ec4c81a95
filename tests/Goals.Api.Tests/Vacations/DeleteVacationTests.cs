using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;

namespace Goals.Api.Tests.Vacations;

/// <summary><c>deleteVacation</c> with today pinned to Wednesday 2026-11-25 (UTC).</summary>
public sealed class DeleteVacationTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    [Fact]
    public async Task A_planned_vacation_is_deleted_and_the_others_stay()
    {
        using var client = host.ClientFor("delete-planned");
        await client.StartVacationIdAsync(new { from = "2026-11-20", to = "2026-11-30" });
        var planned = await client.StartVacationIdAsync(new { from = "2026-12-20", to = "2026-12-31" });

        var payload = await client.DeleteVacationAsync(planned);

        Assert.Null(payload["errors"]);
        Assert.Equal(planned, payload.Text("deletedId"));
        Assert.Equal(["2026-11-20..2026-11-30"], await client.VacationsAsync());
    }

    [Theory]
    [InlineData("2026-11-25", null)]
    [InlineData("2026-11-20", "2026-12-01")]
    public async Task A_started_vacation_is_ended_not_deleted(string from, string? to)
    {
        using var client = host.ClientFor($"delete-started-{from}");
        var id = await client.StartVacationIdAsync(new { from, to });

        var payload = await client.DeleteVacationAsync(id);

        Assert.Null(payload["deletedId"]);
        Assert.Equal(
            "InvalidStateError This vacation has started: end it with endVacation; its past days stay excused.", payload.SingleError());
        Assert.Equal([$"{from}..{to ?? "open"}"], await client.VacationsAsync());
    }

    [Fact]
    public async Task A_vacation_that_is_over_stays()
    {
        using var client = host.ClientFor("delete-over");
        var id = await client.StartVacationIdAsync(new { from = "2026-11-20" });
        await client.EndVacationAsync();

        var payload = await client.DeleteVacationAsync(id);

        Assert.Equal(["InvalidStateError"], payload.ErrorList());
        Assert.Equal(["2026-11-20..2026-11-24"], await client.VacationsAsync());
    }

    [Fact]
    public async Task Unknown_malformed_foreign_and_already_deleted_ids_are_not_found()
    {
        using var owner = host.ClientFor("delete-foreign-owner");
        using var client = host.ClientFor("delete-foreign-caller");
        var foreign = await owner.StartVacationIdAsync(new { from = "2026-12-01" });
        var deleted = await client.StartVacationIdAsync(new { from = "2026-12-24", to = "2026-12-26" });
        await client.DeleteVacationAsync(deleted);
        var goalId = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1 });

        foreach (var id in new[] { VacationRequests.UnknownVacationId, "not-an-id", foreign, deleted, goalId })
        {
            var payload = await client.DeleteVacationAsync(id);

            Assert.Null(payload["deletedId"]);
            Assert.Equal("NotFoundError No vacation was found with this id.", payload.SingleError());
            Assert.Equal(id, payload["errors"]![0].Text("id"));
        }

        Assert.Equal(["2026-12-01..open"], await owner.VacationsAsync());
    }
}

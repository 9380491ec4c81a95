using Goals.Api.Common;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;
using Goals.Api.Vacations;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Tests.Vacations;

/// <summary>The vacation use cases when another request's write lands between their read and their write.</summary>
public sealed class VacationRaceTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    private IExcusalStore Excusals => host.Store<IExcusalStore>();

    [Fact]
    public async Task A_start_that_meets_a_racing_start_after_its_insert_takes_its_vacation_back()
    {
        const string user = "race-start";
        var racer = default(PauseWindow);
        var service = ServiceWith(async store => racer = await store.AddPauseAsync(user, null, Dec(24), Dec(26), default));

        var outcome = await service.StartAsync(user, new StartVacationInput(Dec(20), Dec(31)), default);

        Assert.Null(outcome.Value);
        Assert.Equal(
            [new ValidationFailure("to", "The vacation from 2026-12-24 to 2026-12-26 already covers some of these days.")],
            outcome.Errors);
        Assert.Equal([racer!], await Excusals.ListVacationsAsync(user, default));
    }

    [Theory]
    [InlineData(false, "No vacation is running today.")]
    [InlineData(true, "This vacation is already over.")]
    public async Task An_end_that_loses_to_a_racing_end_is_judged_again(bool byId, string refusal)
    {
        var user = $"race-end-{byId}";
        var running = await Excusals.AddPauseAsync(user, null, new LocalDate(2026, 11, 20), null, default);
        var service = ServiceWith(store => store.EndPauseAsync(user, running.Id, GoalsTestHost.Today, default));

        var outcome = await service.EndAsync(user, byId ? VacationIds.Encode(running.Id) : null, default);

        Assert.Equal([new InvalidState(refusal)], outcome.Errors);
        Assert.Equal([running with { To = new LocalDate(2026, 11, 24) }], await Excusals.ListVacationsAsync(user, default));
    }

    private VacationService ServiceWith(Func<IExcusalStore, Task> otherRequest) =>
        new(new InterleavingExcusalStore(Excusals, otherRequest), host.Store<IUserStore>(), new FixedClock(GoalsTestHost.Now));

    private static LocalDate Dec(int day) => new(2026, 12, day);
}

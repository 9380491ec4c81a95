using Goals.Api.GoalState;
using Goals.Api.Insights;
using Goals.Domain.Calendar;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Goals.Api.Scheduling;

/// <summary>
/// The day-close sweep: for every user whose local day has ended since their checkpoint, closes every missed date
/// (a replica down for three days writes three days), refreshes the user's day-close insights, advances the goals'
/// engine checkpoints (<see cref="CheckpointAdvancer"/>) and then moves the job's checkpoint to the last date; a crash or a failure before that closes the same dates again on the next sweep, which
/// stores the same keyed values. Each user's close runs on its own (<see cref="UserSweep.EachAsync"/>).
/// </summary>
public sealed class DayCloseService(
    UserSweep users,
    GoalPortfolioReader portfolios,
    DayCloser closer,
    CheckpointAdvancer checkpoints,
    InsightService insights,
    IJobStore jobs,
    CoOccurrenceCounter coOccurrences,
    IOptions<JobsOptions> options)
{
    public async Task<JobRunResult> SweepAsync(Instant now, CancellationToken cancellationToken)
    {
        var tally = await users.EachAsync(JobNames.DayClose, (user, token) => CloseAsync(user, now, token), cancellationToken);
        // Recommendations' SIMILAR_USERS counts follow the closed days, rebuilt at most every RefreshHours.
        await coOccurrences.RefreshIfDueAsync(now, cancellationToken);
        return new JobRunResult(JobNames.DayClose, tally.Processed, tally.Written, UsersFailed: tally.Failed);
    }

    /// <summary>
    /// Re-closes one date for every user whose day has ended (operators: <c>jobs run day-close --date</c>);
    /// checkpoints are untouched.
    /// </summary>
    public async Task<JobRunResult> CloseDateAsync(LocalDate date, Instant now, CancellationToken cancellationToken)
    {
        var tally = await users.EachAsync(JobNames.DayClose, async (user, token) =>
        {
            var today = user.Settings.Today(now);
            if (date >= today)
            {
                return null;
            }

            var portfolio = await portfolios.ReadAsync(user, token);
            // Re-closing yesterday tells its news (keys keep it once); an older date only mends its snapshots and stats.
            var written = await closer.CloseAsync(
                new ClosingRun(portfolio, new DateInterval(date, date)), date == today.PlusDays(-1) ? date : null, token);
            await insights.RefreshAsync(portfolio with { Today = today }, token);
            return written;
        }, cancellationToken);
        return new JobRunResult(JobNames.DayClose, tally.Processed, tally.Written, UsersFailed: tally.Failed);
    }

    private async Task<int?> CloseAsync(UserRecord user, Instant now, CancellationToken cancellationToken)
    {
        var lastEnded = user.Settings.Today(now).PlusDays(-1);
        var checkpoint = JobKeys.ParseDate(await jobs.GetCheckpointAsync(JobNames.DayClose, user.Id, cancellationToken));
        if (checkpoint >= lastEnded)
        {
            return null;
        }

        var portfolio = await portfolios.ReadAsync(user, cancellationToken);
        var first = checkpoint?.PlusDays(1) ?? FirstEverDate(portfolio, lastEnded);
        if (first > lastEnded)
        {
            // Every goal starts later: nothing to close yet, and no checkpoint, so their first close back-fills.
            await insights.RefreshAsync(portfolio with { Today = lastEnded.PlusDays(1) }, cancellationToken);
            return 0;
        }

        // A first close (no checkpoint) back-fills history and announces only the last day's news;
        // after downtime every missed day's news is still recent enough to tell.
        var run = new ClosingRun(portfolio, new DateInterval(first, lastEnded));
        var written = await closer.CloseAsync(run, checkpoint is null ? lastEnded : first, cancellationToken);

        // The checkpoint moves last: a user whose close or insights failed is closed again by the next sweep.
        await insights.RefreshAsync(portfolio with { Today = lastEnded.PlusDays(1) }, cancellationToken);
        await checkpoints.AdvanceAsync(portfolio, lastEnded.PlusDays(1), cancellationToken);
        await jobs.SetCheckpointAsync(JobNames.DayClose, user.Id, JobKeys.Date(lastEnded), cancellationToken);
        return written;
    }

    // A user seen for the first time is closed from their earliest goal start, bounded by the catch-up window.
    private LocalDate FirstEverDate(GoalPortfolio portfolio, LocalDate lastEnded)
    {
        var floor = lastEnded.PlusDays(1 - options.Value.MaxCatchUpDays);
        var earliest = portfolio.Active.Select(facts => facts.Goal.StartDate).DefaultIfEmpty(lastEnded).Min();
        return LocalDate.Max(floor, earliest);
    }
}

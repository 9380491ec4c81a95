using Goals.Api.Insights;
using Goals.Domain.Calendar;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Goals.Api.Scheduling;

/// <summary>
/// The day-close sweep: for every user whose local day has ended since their checkpoint, closes every missed date
/// (a replica down for three days writes three days) and then moves the checkpoint to the last one; a crash before
/// that closes the same dates again, which stores the same keyed values. Then it refreshes the user's day-close
/// insights.
/// </summary>
public sealed class DayCloseService(
    UserSweep users,
    GoalPortfolioReader portfolios,
    DayCloser closer,
    InsightService insights,
    IJobStore jobs,
    IOptions<JobsOptions> options)
{
    public async Task<JobRunResult> SweepAsync(Instant now, CancellationToken cancellationToken)
    {
        var processed = 0;
        var written = 0;
        await foreach (var user in users.AllAsync(cancellationToken))
        {
            var lastEnded = user.Settings.Today(now).PlusDays(-1);
            var checkpoint = JobKeys.ParseDate(await jobs.GetCheckpointAsync(JobNames.DayClose, user.Id, cancellationToken));
            if (checkpoint >= lastEnded)
            {
                continue;
            }

            var portfolio = await portfolios.ReadAsync(user, cancellationToken);
            var first = checkpoint?.PlusDays(1) ?? FirstEverDate(portfolio, lastEnded);
            if (first <= lastEnded)
            {
                // A first close (no checkpoint) back-fills history and announces only the last day's news;
                // after downtime every missed day's news is still recent enough to tell.
                var run = new ClosingRun(portfolio, new DateInterval(first, lastEnded));
                written += await closer.CloseAsync(run, checkpoint is null ? lastEnded : first, cancellationToken);
                await jobs.SetCheckpointAsync(JobNames.DayClose, user.Id, JobKeys.Date(lastEnded), cancellationToken);
            }

            await insights.RefreshAsync(portfolio with { Today = lastEnded.PlusDays(1) }, cancellationToken);
            processed++;
        }

        return new JobRunResult(JobNames.DayClose, processed, written);
    }

    /// <summary>
    /// Re-closes one date for every user whose day has ended (operators: <c>jobs run day-close --date</c>);
    /// checkpoints are untouched.
    /// </summary>
    public async Task<JobRunResult> CloseDateAsync(LocalDate date, Instant now, CancellationToken cancellationToken)
    {
        var processed = 0;
        var written = 0;
        await foreach (var user in users.AllAsync(cancellationToken))
        {
            var today = user.Settings.Today(now);
            if (date >= today)
            {
                continue;
            }

            var portfolio = await portfolios.ReadAsync(user, cancellationToken);
            // Re-closing yesterday tells its news (keys keep it once); an older date only mends its snapshots and stats.
            written += await closer.CloseAsync(
                new ClosingRun(portfolio, new DateInterval(date, date)), date == today.PlusDays(-1) ? date : null, cancellationToken);
            await insights.RefreshAsync(portfolio with { Today = today }, cancellationToken);
            processed++;
        }

        return new JobRunResult(JobNames.DayClose, processed, written);
    }

    // A user seen for the first time is closed from their earliest goal start, bounded by the catch-up window.
    private LocalDate FirstEverDate(GoalPortfolio portfolio, LocalDate lastEnded)
    {
        var floor = lastEnded.PlusDays(1 - options.Value.MaxCatchUpDays);
        var earliest = portfolio.Active.Select(facts => facts.Goal.StartDate).DefaultIfEmpty(lastEnded).Min();
        return LocalDate.Max(floor, earliest);
    }
}

using Goals.Api.GoalState;
using Goals.Server.Errors;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Stats;

/// <summary>
/// The caller's per-day totals: the close-day job's stored row wins for a day that has one (it was written when the
/// day closed); days without one are computed from the activities now. Days after today are not returned.
/// </summary>
public sealed class DailyStatsService(GoalPortfolioReader portfolios, IHistoryStore history)
{
    public const int MaxDays = 366;

    public async Task<IReadOnlyList<DailyStats>> ListAsync(
        string userId, LocalDate from, LocalDate to, CancellationToken cancellationToken)
    {
        if (from > to)
        {
            throw new GraphQLRequestError(ErrorCodes.BadUserInput, "dailyStats: `from` must not be after `to`.");
        }

        if (Period.DaysBetween(from, to) + 1 > MaxDays)
        {
            throw new GraphQLRequestError(ErrorCodes.BadUserInput, $"dailyStats covers at most {MaxDays} days at a time.");
        }

        var portfolio = await portfolios.ReadAsync(userId, cancellationToken);
        var last = to < portfolio.Today ? to : portfolio.Today;
        if (from > last)
        {
            return [];
        }

        var dates = new DateInterval(from, last);
        var stored = (await history.ListStatsAsync(userId, dates, cancellationToken)).ToDictionary(stats => stats.Date);
        if (stored.Count == dates.Length)
        {
            return [.. dates.Select(date => stored[date])];
        }

        var computed = DailyStatsCalculator.Compute(portfolio, dates);
        return [.. computed.Select(day => stored.GetValueOrDefault(day.Date) ?? day)];
    }
}

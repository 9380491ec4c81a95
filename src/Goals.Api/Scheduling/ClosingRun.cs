using Goals.Api.GoalState;
using Goals.Api.Stats;
using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Scheduling;

/// <summary>
/// The engine's verdicts for a run of consecutive dates to close, computed once per goal for the whole run rather
/// than once per date: closing 62 missed days costs one pass over each goal's history, not 62.
/// </summary>
/// <remarks>
/// A history range that ends in the past gives exactly the first days of a longer one (the engine guarantees it), so
/// each date here is what closing that date alone, as of the next day, would store.
/// </remarks>
public sealed class ClosingRun
{
    private readonly Dictionary<string, Dictionary<LocalDate, Domain.History.DailySnapshot>> _days = [];
    private readonly Dictionary<LocalDate, DailyStats> _stats;

    public ClosingRun(GoalPortfolio portfolio, DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(dates);
        Dates = dates;
        Closed = portfolio with { Today = dates.End.PlusDays(1) };
        Goals = [.. Closed.Active.Where(facts => facts.Goal.StartDate <= dates.End)];
        foreach (var facts in Goals)
        {
            // From the day before the run, so the first date's "previous day" is known too.
            _days[facts.Goal.Id] = facts.History(Closed.Today, dates.Start.PlusDays(-1), dates.End)
                .ToDictionary(day => day.Date);
        }

        _stats = DailyStatsCalculator.Compute(Closed, dates).ToDictionary(stats => stats.Date);
    }

    public DateInterval Dates { get; }

    /// <summary>The portfolio as of the day after the run.</summary>
    public GoalPortfolio Closed { get; }

    /// <summary>The active goals started by the end of the run.</summary>
    public IReadOnlyList<GoalFacts> Goals { get; }

    /// <summary>The goal's day as it closed; null before the goal's start.</summary>
    public Domain.History.DailySnapshot? Day(GoalFacts facts, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return _days[facts.Goal.Id].GetValueOrDefault(date);
    }

    public DailyStats Stats(LocalDate date) => _stats[date];
}

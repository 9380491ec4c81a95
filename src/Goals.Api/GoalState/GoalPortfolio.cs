using Goals.Domain;
using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.GoalState;

/// <summary>
/// One user's goals with everything the engine needs about them, read in a constant number of store calls.
/// Stats, insights and recommendations are all computed from it on the fly.
/// </summary>
public sealed record GoalPortfolio(UserRecord User, LocalDate Today, IReadOnlyList<GoalFacts> Goals)
{
    public UserSettings Settings => User.Settings;

    /// <summary>The user's last day that has ended; day-close insights describe the days up to it.</summary>
    public LocalDate LastClosedDay => Today.PlusDays(-1);

    public IEnumerable<GoalFacts> Active => Goals.Where(facts => facts.Goal.Status == GoalStatus.Active);

    /// <summary>The same goals without anything logged today: what the day close sees at the very start of today.</summary>
    public GoalPortfolio ClosedDaysOnly() => this with
    {
        Goals = [.. Goals.Select(facts => facts with { Days = [.. facts.Days.Where(day => day.Date < Today)] })],
    };

    public GoalEvaluation Evaluate(GoalFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Evaluate(Today);
    }

    /// <summary>How many activities the goals hold on each local date (dates without any are absent).</summary>
    public IReadOnlyDictionary<LocalDate, int> ActivitiesPerDay(Func<GoalFacts, bool> include)
    {
        ArgumentNullException.ThrowIfNull(include);
        var perDay = new Dictionary<LocalDate, int>();
        foreach (var day in Goals.Where(include).SelectMany(facts => facts.Days))
        {
            perDay[day.Date] = perDay.GetValueOrDefault(day.Date) + day.Count;
        }

        return perDay;
    }
}

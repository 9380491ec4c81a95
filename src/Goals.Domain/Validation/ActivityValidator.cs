using NodaTime;

namespace Goals.Domain.Validation;

/// <summary>The rules a logged (or edited) activity must follow; an empty list means valid.</summary>
public static class ActivityValidator
{
    /// <param name="date">The activity's local date (resolved from its instant, or given when backdating).</param>
    /// <param name="today">The user's local today.</param>
    public static IReadOnlyList<ValidationError> Validate(
        GoalPattern pattern, double amount, LocalDate date, LocalDate startDate, LocalDate today)
    {
        var errors = new List<ValidationError>();
        var zeroAllowed = pattern is GoalPattern.Limit or GoalPattern.Target;
        if (!(amount == 0 ? zeroAllowed : DomainLimits.IsSupportedValue(amount, DomainLimits.MaxAmount)))
        {
            errors.Add(new("amount", zeroAllowed
                ? "Amount must be 0, or between 0.000001 and 1e9."
                : "Amount must be between 0.000001 and 1e9."));
        }

        if (!DomainLimits.IsSupported(date))
        {
            errors.Add(new("date", DomainLimits.DateRangeMessage("An activity's date")));
        }
        else if (date > today)
        {
            errors.Add(new("date", "An activity cannot be logged for a future date."));
        }
        else if (date < startDate)
        {
            errors.Add(new("date", "An activity cannot be logged before the goal's start date."));
        }

        return errors;
    }

    /// <summary>Only archived goals refuse logs (an invalid state, not a field error).</summary>
    public static bool AcceptsLogs(GoalStatus status) => status != GoalStatus.Archived;
}

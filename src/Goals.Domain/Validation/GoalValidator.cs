using Goals.Domain.Calendar;

namespace Goals.Domain.Validation;

/// <summary>The goal-definition rules of domain.md; an empty list means valid.</summary>
public static class GoalValidator
{
    public static IReadOnlyList<ValidationError> Validate(
        string? title, string? unit, GoalDefinition goal, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var errors = new List<ValidationError>();
        ValidateText(title, unit, description, errors);
        if (!DomainLimits.IsSupportedValue(goal.Target, DomainLimits.MaxTarget))
        {
            errors.Add(new("target", "Target must be between 0.000001 and 1e9."));
        }
        else if (goal.Pattern == GoalPattern.Frequency)
        {
            ValidateFrequencyTarget(goal, errors);
        }

        if (goal.Schedule.Count == 0)
        {
            errors.Add(new("schedule", "Schedule must contain at least one day."));
        }

        if (goal.Pattern == GoalPattern.Habit && goal.Period != GoalPeriod.Day)
        {
            errors.Add(new("period", "A habit is judged every day: its period must be DAY."));
        }

        if (goal.MinAmount is { } min && !DomainLimits.IsSupportedValue(min, DomainLimits.MaxAmount))
        {
            errors.Add(new("minAmount", "Minimum amount must be between 0.000001 and 1e9."));
        }

        ValidateDates(goal, errors);
        return errors;
    }

    private static void ValidateText(string? title, string? unit, string? description, List<ValidationError> errors)
    {
        var trimmedTitle = title?.Trim() ?? string.Empty;
        if (trimmedTitle.Length is 0 or > DomainLimits.MaxTitleLength)
        {
            errors.Add(new("title", $"Title must be 1 to {DomainLimits.MaxTitleLength} characters."));
        }

        if (unit is { Length: > DomainLimits.MaxUnitLength })
        {
            errors.Add(new("unit", $"Unit must be at most {DomainLimits.MaxUnitLength} characters."));
        }

        if (description is { Length: > DomainLimits.MaxDescriptionLength })
        {
            errors.Add(new("description", $"Description must be at most {DomainLimits.MaxDescriptionLength} characters."));
        }
    }

    private static void ValidateDates(GoalDefinition goal, List<ValidationError> errors)
    {
        if (!DomainLimits.IsSupported(goal.StartDate))
        {
            errors.Add(new("startDate", DomainLimits.DateRangeMessage("The start date")));
        }

        if (goal.Deadline is not { } deadline)
        {
            return;
        }

        if (!DomainLimits.IsSupported(deadline))
        {
            errors.Add(new("deadline", DomainLimits.DateRangeMessage("The deadline")));
        }
        else if (goal.Pattern == GoalPattern.Cumulative && deadline <= goal.StartDate)
        {
            errors.Add(new("deadline", "Deadline must be after the start date."));
        }
    }

    private static void ValidateFrequencyTarget(GoalDefinition goal, List<ValidationError> errors)
    {
        var maxDays = PeriodCalendar.MaxDaysIn(goal.Period);
        if (goal.Target > maxDays)
        {
            errors.Add(new("target", $"A {goal.Period.ToString().ToUpperInvariant()} frequency can be at most {maxDays}."));
        }
        else if (goal.Target != Math.Floor(goal.Target))
        {
            errors.Add(new("target", "A frequency target counts days: it must be a whole number."));
        }
    }
}

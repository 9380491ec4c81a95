using Goals.Storage.Abstractions;

namespace Goals.Storage.Sqlite;

/// <summary>A goal's columns as statement parameters, for inserts and updates.</summary>
internal static class SqliteGoalValues
{
    public static (string, object?)[] Values(GoalRecord goal) =>
    [
        ("@id", goal.Id), ("@owner", goal.OwnerId), ("@title", goal.Title),
        ("@titleKey", StoredValues.TitleKey(goal.Title)), ("@description", goal.Description),
        ("@category", StoredValues.ToText(goal.Category)), ("@pattern", StoredValues.ToText(goal.Pattern)),
        ("@target", goal.Target), ("@unit", goal.Unit), ("@period", StoredValues.ToText(goal.Period)),
        ("@schedule", StoredValues.ToText(goal.Schedule)), ("@min", goal.MinAmount),
        ("@start", StoredValues.ToText(goal.StartDate)),
        ("@deadline", goal.Deadline is { } deadline ? StoredValues.ToText(deadline) : null),
        ("@status", StoredValues.ToText(goal.Status)), ("@created", StoredValues.ToMillis(goal.CreatedAt)),
        ("@updated", StoredValues.ToMillis(goal.UpdatedAt)),
        ("@completed", goal.CompletedAt is { } completed ? StoredValues.ToMillis(completed) : null),
        ("@version", goal.Version), ("@dataVersion", goal.DataVersion),
        ("@reminder", goal.ReminderTime is { } reminder ? StoredValues.ToText(reminder) : null),
    ];

}

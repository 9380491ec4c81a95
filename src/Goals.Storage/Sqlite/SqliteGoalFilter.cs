using System.Text;
using Goals.Storage.Abstractions;

namespace Goals.Storage.Sqlite;

internal static class SqliteGoalFilter
{
    /// <summary>The WHERE clause of a goal list: fixed SQL, enum names and the search text as parameters.</summary>
    public static (string Where, List<(string Name, object? Value)> Parameters) Build(string ownerId, GoalFilter filter)
    {
        var where = new StringBuilder("owner_id = @owner");
        List<(string Name, object? Value)> parameters = [("@owner", ownerId)];
        AddIn(where, parameters, "status", filter.Statuses?.Select(StoredValues.ToText));
        AddIn(where, parameters, "pattern", filter.Patterns?.Select(StoredValues.ToText));
        AddIn(where, parameters, "category", filter.Categories?.Select(StoredValues.ToText));
        if (!string.IsNullOrEmpty(filter.TitleContains))
        {
            // instr, unlike LIKE, needs no escaping of % and _ in what the user typed.
            where.Append(" AND instr(title_key, @titleContains) > 0");
            parameters.Add(("@titleContains", StoredValues.TitleKey(filter.TitleContains)));
        }

        return (where.ToString(), parameters);
    }

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
        ("@version", goal.Version),
        ("@reminder", goal.ReminderTime is { } reminder ? StoredValues.ToText(reminder) : null),
    ];

    private static void AddIn(
        StringBuilder where, List<(string Name, object? Value)> parameters, string column, IEnumerable<string>? values)
    {
        if (values is null)
        {
            return;
        }

        var (list, added) = SqliteCommands.InList(values.Distinct(), column);
        // An empty list matches nothing, as an empty "any of" should.
        where.Append(added.Count == 0 ? " AND 0" : $" AND {column} IN ({list})");
        parameters.AddRange(added);
    }
}

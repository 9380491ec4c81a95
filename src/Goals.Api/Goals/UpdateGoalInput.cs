using Goals.Api.Common;
using System.Collections;
using Goals.Api.GraphQL.Enums;
using Goals.Api.GraphQL.Scalars;
using Goals.Domain;
using GraphQL.Types;
using NodaTime;

namespace Goals.Api.Goals;

/// <summary>
/// A partial change. A null value means "keep" for required fields; for the optional ones (description, unit,
/// minAmount, deadline, reminderTime) an explicit null clears the value and only an omitted field keeps it, so each of those
/// carries whether it was given.
/// </summary>
public sealed record UpdateGoalInput(
    string Id,
    int? ExpectedVersion,
    string? Title,
    GoalCategory? Category,
    double? Target,
    IReadOnlyList<IsoDayOfWeek>? Schedule,
    Optional<string> Description,
    Optional<string> Unit,
    Optional<double?> MinAmount,
    Optional<LocalDate?> Deadline,
    Optional<LocalTime?> ReminderTime = default);

public sealed class UpdateGoalInputType : InputObjectGraphType<UpdateGoalInput>
{
    public UpdateGoalInputType()
    {
        Name = "UpdateGoalInput";
        Description = "Fields to change; omitted ones stay. An explicit null clears description, unit, minAmount, deadline or reminderTime.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<IntGraphType>("expectedVersion").Description("When given and stale, the update fails with ConflictError.");
        Field<StringGraphType>("title");
        Field<StringGraphType>("description");
        Field<GoalCategoryGraphType>("category");
        Field<FloatGraphType>("target");
        Field<StringGraphType>("unit");
        Field<ListGraphType<NonNullGraphType<DayOfWeekGraphType>>>("schedule");
        Field<FloatGraphType>("minAmount");
        Field<LocalDateGraphType>("deadline");
        Field<LocalTimeGraphType>("reminderTime")
            .Description("Whole minutes; an explicit null returns the goal to the user's reminder hour.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new UpdateGoalInput(
            Convert.ToString(value["id"], System.Globalization.CultureInfo.InvariantCulture)!,
            value.TryGetValue("expectedVersion", out var version) ? (int?)version : null,
            value.TryGetValue("title", out var title) ? (string?)title : null,
            value.TryGetValue("category", out var category) ? (GoalCategory?)category : null,
            value.TryGetValue("target", out var target) ? (double?)target : null,
            value.TryGetValue("schedule", out var schedule) && schedule is IEnumerable days
                ? [.. days.Cast<IsoDayOfWeek>()]
                : null,
            Given<string>(value, "description"),
            Given<string>(value, "unit"),
            Given<double?>(value, "minAmount"),
            Given<LocalDate?>(value, "deadline"),
            Given<LocalTime?>(value, "reminderTime"));
    }

    private static Optional<T> Given<T>(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var given) ? new(true, (T?)given) : default;
}

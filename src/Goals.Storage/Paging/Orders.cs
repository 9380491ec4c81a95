using Goals.Paging;
using Goals.Storage.Abstractions;

namespace Goals.Storage.Paging;

/// <summary>The orders the ports page by, shared by both adapters so their cursors mean the same thing.</summary>
internal static class Orders
{
    public static KeysetOrder Activities { get; } = new(
        "activities",
        [new("date", true, KeyKind.Text), new("occurred_at", true, KeyKind.Instant), new("id", true, KeyKind.Text)]);

    public static KeysetOrder Notifications { get; } = new("notifications", [new("sequence", true, KeyKind.Number)]);

    public static KeysetOrder Goals(IReadOnlyList<GoalSort> sort)
    {
        var effective = sort.Count == 0 ? GoalSort.Default : sort;
        var keys = effective.DistinctBy(s => s.Field).Select(s => new SortKey(
            Column(s.Field), s.Direction == SortDirection.Descending, s.Field == GoalSortField.Title ? KeyKind.Text : KeyKind.Instant))
            .ToList();
        keys.Add(new SortKey("id", keys[^1].Descending, KeyKind.Text));
        var signature = "goals:" + string.Join(',', keys.Select(k => k.Name + (k.Descending ? "-" : "+")));
        return new KeysetOrder(signature, keys);
    }

    public static IReadOnlyList<object> GoalValues(KeysetOrder order, GoalRecord goal) =>
        [.. order.Keys.Select(key => key.Name switch
        {
            "created_at" => StoredValues.ToMillis(goal.CreatedAt),
            "updated_at" => StoredValues.ToMillis(goal.UpdatedAt),
            "title_key" => StoredValues.TitleKey(goal.Title),
            _ => (object)goal.Id,
        })];

    public static IReadOnlyList<object> ActivityValues(ActivityRecord activity) =>
        [StoredValues.ToText(activity.Date), StoredValues.ToMillis(activity.OccurredAt), activity.Id];

    public static IReadOnlyList<object> NotificationValues(NotificationRecord notification) => [notification.Sequence];

    private static string Column(GoalSortField field) => field switch
    {
        GoalSortField.CreatedAt => "created_at",
        GoalSortField.Title => "title_key",
        GoalSortField.UpdatedAt => "updated_at",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}

using Goals.Paging;
using Goals.Storage.Abstractions;

namespace Goals.Storage.Paging;

/// <summary>
/// The orders the ports page by, shared by both adapters so their cursors mean the same thing. A signature names the
/// list, its keys and (when there is one) the filter's fingerprint, so a cursor from another order or filter is refused;
/// the default orders keep their plain names, so cursors handed out before filters existed stay valid.
/// </summary>
internal static class Orders
{
    private static readonly SortKey ActivityId = new("id", true, KeyKind.Text);

    public static KeysetOrder Goals(IReadOnlyList<GoalSort> sort, ListFilter filter)
    {
        var effective = sort.Count == 0 ? GoalSort.Default : sort;
        var keys = effective.DistinctBy(s => s.Field)
            .Select(s => Key(s.Field, s.Direction == SortDirection.Descending)).ToList();
        keys.Add(new SortKey("id", keys[^1].Descending, KeyKind.Text));
        return Signed("goals:" + Describe(keys), keys, filter);
    }

    public static KeysetOrder Activities(IReadOnlyList<ActivitySort> sort, ListFilter filter)
    {
        if (sort.Count == 0)
        {
            return Signed(
                "activities",
                [new("date", true, KeyKind.Text), new("occurred_at", true, KeyKind.Instant), ActivityId], filter);
        }

        var keys = sort.DistinctBy(s => s.Field).Select(s => Key(s.Field, s.Direction == SortDirection.Descending)).ToList();
        if (keys[^1].Name == "date")
        {
            // Activities of one day follow their time, as the (goal, date, occurred_at, id) index holds them.
            keys.Add(new SortKey("occurred_at", keys[^1].Descending, KeyKind.Instant));
        }

        keys.Add(ActivityId with { Descending = keys[^1].Descending });
        return Signed("activities:" + Describe(keys), keys, filter);
    }

    public static KeysetOrder Notifications(IReadOnlyList<NotificationSort> sort, ListFilter filter)
    {
        if (sort.Count == 0)
        {
            return Signed("notifications", [new("sequence", true, KeyKind.Number)], filter);
        }

        // The sequence is unique per user: it ends the order, as a key asked for or as the tie-break.
        var keys = new List<SortKey>();
        foreach (var s in sort.DistinctBy(s => s.Field))
        {
            var descending = s.Direction == SortDirection.Descending;
            keys.Add(s.Field == NotificationSortField.Sequence
                ? new SortKey("sequence", descending, KeyKind.Number)
                : new SortKey("created_at", descending, KeyKind.Instant));
            if (s.Field == NotificationSortField.Sequence)
            {
                break;
            }
        }

        if (keys[^1].Name != "sequence")
        {
            keys.Add(new SortKey("sequence", keys[^1].Descending, KeyKind.Number));
        }

        return Signed("notifications:" + Describe(keys), keys, filter);
    }

    public static IReadOnlyList<object> GoalValues(KeysetOrder order, GoalRecord goal) =>
        [.. order.Keys.Select(key => key.Name switch
        {
            "created_at" => StoredValues.ToMillis(goal.CreatedAt),
            "updated_at" => StoredValues.ToMillis(goal.UpdatedAt),
            "title_key" => StoredValues.TitleKey(goal.Title),
            "start_date" => StoredValues.ToText(goal.StartDate),
            _ => (object)goal.Id,
        })];

    public static IReadOnlyList<object> ActivityValues(KeysetOrder order, ActivityRecord activity) =>
        [.. order.Keys.Select(key => key.Name switch
        {
            "date" => StoredValues.ToText(activity.Date),
            "occurred_at" => StoredValues.ToMillis(activity.OccurredAt),
            "amount" => activity.Amount,
            _ => (object)activity.Id,
        })];

    public static IReadOnlyList<object> NotificationValues(KeysetOrder order, NotificationRecord notification) =>
        [.. order.Keys.Select(key => key.Name == "created_at"
            ? StoredValues.ToMillis(notification.CreatedAt)
            : (object)notification.Sequence)];

    private static KeysetOrder Signed(string name, IReadOnlyList<SortKey> keys, ListFilter filter) =>
        new(filter.IsNone ? name : name + "|" + filter.Fingerprint(), keys);

    private static string Describe(IEnumerable<SortKey> keys) =>
        string.Join(',', keys.Select(k => k.Name + (k.Descending ? "-" : "+")));

    private static SortKey Key(GoalSortField field, bool descending) => field switch
    {
        GoalSortField.CreatedAt => new("created_at", descending, KeyKind.Instant),
        GoalSortField.Title => new("title_key", descending, KeyKind.Text),
        GoalSortField.UpdatedAt => new("updated_at", descending, KeyKind.Instant),
        GoalSortField.StartDate => new("start_date", descending, KeyKind.Text),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static SortKey Key(ActivitySortField field, bool descending) => field switch
    {
        ActivitySortField.Date => new("date", descending, KeyKind.Text),
        ActivitySortField.OccurredAt => new("occurred_at", descending, KeyKind.Instant),
        ActivitySortField.Amount => new("amount", descending, KeyKind.Fraction),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}

using Goals.Domain;
using Goals.Paging;
using NodaTime;

namespace Goals.Storage.Abstractions;

/// <summary>
/// Activities and the per-goal per-day totals derived from them. Every write changes both in one atomic step from a
/// reader's point of view (see docs/storage.md for the MongoDB nuance) and touches the goal's <c>updatedAt</c>.
/// </summary>
public interface IActivityStore
{
    Task<AppendResult> AppendAsync(NewActivity activity, CancellationToken cancellationToken);

    Task<ActivityRecord?> GetAsync(string ownerId, string activityId, CancellationToken cancellationToken);

    /// <summary>Null when the activity does not exist or belongs to someone else.</summary>
    Task<ActivityUpdate?> UpdateAsync(
        string ownerId, string activityId, ActivityPatch patch, CancellationToken cancellationToken);

    /// <summary>Returns the deleted activity, or null when there was none.</summary>
    Task<ActivityRecord?> DeleteAsync(string ownerId, string activityId, CancellationToken cancellationToken);

    /// <summary>The goal's activities dated inside <paramref name="dates"/> (inclusive), oldest first.</summary>
    Task<IReadOnlyList<ActivityRecord>> ListByDateAsync(
        string ownerId, string goalId, DateInterval dates, CancellationToken cancellationToken);

    /// <summary>Newest first (date, then occurredAt, then id, all descending), optionally within dates.</summary>
    Task<Page<ActivityRecord>> PageAsync(
        string ownerId, string goalId, DateInterval? dates, PageRequest page,
        CancellationToken cancellationToken) =>
        PageAsync(ownerId, goalId, dates, ListFilter.None, [], page, cancellationToken);

    /// <summary>
    /// The activities that pass <paramref name="filter"/> (fields: date, occurredAt, amount, note) in
    /// <paramref name="sort"/> order, the id breaking ties; no sort keys means newest first.
    /// </summary>
    /// <exception cref="InvalidCursorException">A cursor that this sort and filter did not produce.</exception>
    Task<Page<ActivityRecord>> PageAsync(
        string ownerId, string goalId, DateInterval? dates, ListFilter filter, IReadOnlyList<ActivitySort> sort,
        PageRequest page, CancellationToken cancellationToken);

    /// <summary>The goal's day totals, sorted by date; days without activities are absent.</summary>
    Task<IReadOnlyList<DayTotal>> GetDayTotalsAsync(
        string goalId, DateInterval? dates, CancellationToken cancellationToken);

    /// <summary>Day totals of many goals in one round trip; every requested id has an entry (maybe empty).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<DayTotal>>> GetDayTotalsAsync(
        IReadOnlyCollection<string> goalIds, DateInterval? dates, CancellationToken cancellationToken);
}

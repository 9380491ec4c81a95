using Goals.Domain;
using NodaTime;

namespace Goals.Storage.Abstractions;

/// <summary>
/// A pause: of one goal, or of all the user's goals ("vacation") when <see cref="GoalId"/> is null. An open window
/// (<see cref="To"/> null) lasts until it is ended.
/// </summary>
public sealed record PauseWindow(string Id, string UserId, string? GoalId, LocalDate From, LocalDate? To)
{
    public DateInterval ToInterval() => new(From, To ?? LocalDate.MaxIsoValue);
}

/// <summary>Everything that excuses days of one goal: its skips, its pauses and the user's vacations.</summary>
public sealed record GoalExcusals(IReadOnlyList<LocalDate> Skips, IReadOnlyList<PauseWindow> Pauses)
{
    public static GoalExcusals None { get; } = new([], []);

    public ExcusedDays ToExcusedDays() => new(Skips, Pauses.Select(pause => pause.ToInterval()));
}

public interface IExcusalStore
{
    /// <summary>Marks a day skipped; false when it already was.</summary>
    Task<bool> AddSkipAsync(string goalId, LocalDate day, CancellationToken cancellationToken);

    Task<bool> RemoveSkipAsync(string goalId, LocalDate day, CancellationToken cancellationToken);

    /// <summary>Starts a pause of a goal, or a vacation of all goals when <paramref name="goalId"/> is null.</summary>
    Task<PauseWindow> AddPauseAsync(
        string userId, string? goalId, LocalDate start, LocalDate? end, CancellationToken cancellationToken);

    /// <summary>
    /// Ends the goal's pauses (or, with no goal, the vacations) so that <paramref name="resumeOn"/> and later are no
    /// longer excused: a pause that starts on or after it is removed, one that reaches it ends the day before. Past
    /// days stay excused whatever happens in between; returns how many pauses changed.
    /// </summary>
    Task<int> EndPausesAsync(string userId, string? goalId, LocalDate resumeOn, CancellationToken cancellationToken);

    /// <summary>
    /// Ends one of the user's pauses as <see cref="EndPausesAsync"/> ends many: removed when it starts on or after
    /// <paramref name="resumeOn"/>, else cut to end the day before. False when the user has no such pause or it already
    /// ends before <paramref name="resumeOn"/> (nothing changed); the user's other pauses are never touched.
    /// </summary>
    Task<bool> EndPauseAsync(string userId, string pauseId, LocalDate resumeOn, CancellationToken cancellationToken);

    Task<bool> DeletePauseAsync(string userId, string pauseId, CancellationToken cancellationToken);

    /// <summary>The user's vacations (pauses of all goals), oldest first.</summary>
    Task<IReadOnlyList<PauseWindow>> ListVacationsAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Excusals of many goals in one round trip; every requested id has an entry.</summary>
    Task<IReadOnlyDictionary<string, GoalExcusals>> GetForGoalsAsync(
        string userId, IReadOnlyCollection<string> goalIds, CancellationToken cancellationToken);
}

using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Export;

/// <summary>What one export holds: everything but the activities is read up front, the activities batch by batch.</summary>
public sealed record ExportData(
    UserRecord User, Instant ExportedAt, IReadOnlyList<PauseWindow> Vacations, IReadOnlyList<GoalExport> Goals);

/// <param name="Pauses">The goal's own pauses (vacations are listed once, on <see cref="ExportData"/>).</param>
/// <param name="Activities">
/// Oldest first (by date, then occurredAt, then id), in batches read from the store as the writer asks for them.
/// </param>
public sealed record GoalExport(
    GoalRecord Goal, IReadOnlyList<LocalDate> Skips, IReadOnlyList<PauseWindow> Pauses,
    Func<CancellationToken, IAsyncEnumerable<IReadOnlyList<ActivityRecord>>> Activities);

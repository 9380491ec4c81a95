using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Export;

/// <summary>Everything one export holds, read before anything is written out.</summary>
public sealed record ExportData(
    UserRecord User, Instant ExportedAt, IReadOnlyList<PauseWindow> Vacations, IReadOnlyList<GoalExport> Goals);

/// <param name="Pauses">The goal's own pauses (vacations are listed once, on <see cref="ExportData"/>).</param>
/// <param name="Activities">Oldest first: by date, then occurredAt, then id.</param>
public sealed record GoalExport(
    GoalRecord Goal, IReadOnlyList<LocalDate> Skips, IReadOnlyList<PauseWindow> Pauses, IReadOnlyList<ActivityRecord> Activities);

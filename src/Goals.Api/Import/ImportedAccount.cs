using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Import;

/// <summary>What a parsed file asks to store, before anything is written; rows that could not be read are in Errors.</summary>
public sealed record ImportedAccount(
    UserSettings? Settings,
    StreakReminderChoice? Reminder,
    IReadOnlyList<(LocalDate From, LocalDate? To)> Vacations,
    IReadOnlyList<ImportedGoal> Goals,
    IReadOnlyList<ImportRowError> Errors);

/// <param name="Draft">The goal as it would be created (owner filled in when it is stored).</param>
/// <param name="Source">Where the goal was read, for errors.</param>
public sealed record ImportedGoal(
    NewGoal Draft,
    ImportRowError Source,
    IReadOnlyList<LocalDate> Skips,
    IReadOnlyList<(LocalDate From, LocalDate? To)> Pauses,
    IReadOnlyList<ImportedActivity> Activities);

/// <param name="Key">The idempotency key: the same row imported twice is stored once.</param>
public sealed record ImportedActivity(string Key, Instant OccurredAt, LocalDate Date, double Amount, string? Note, ImportRowError Source);

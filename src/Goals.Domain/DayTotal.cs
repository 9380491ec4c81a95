using NodaTime;

namespace Goals.Domain;

/// <summary>
/// The activities of one goal on one local date, folded: the stores keep these in step with the activities so the
/// engine never scans raw history.
/// </summary>
public readonly record struct DayTotal(LocalDate Date, double Amount, int Count);

using Goals.Domain.Calendar;
using NodaTime;

namespace Goals.Domain.Evaluation;

/// <summary>
/// The fingerprint of what a checkpoint's state depends on and a resumed evaluation is given again: the goal's
/// definition, the week start, the excused days from the start date through the checkpoint's date, and the engine's
/// rules version. FNV-1a over fixed-width values, so it is the same in every process and build (a stored checkpoint is
/// compared with it later); the day totals are not in it, because a resumed evaluation never sees the early ones.
/// </summary>
internal static class CheckpointInputs
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static long Of(GoalDefinition goal, IsoDayOfWeek weekStart, ExcusedDays excused, LocalDate date)
    {
        var hash = OffsetBasis;
        hash = Mix(hash, EvaluationCheckpoint.RulesVersion);
        hash = Mix(hash, (long)goal.Pattern);
        hash = Mix(hash, BitConverter.DoubleToInt64Bits(goal.Target));
        hash = Mix(hash, (long)goal.Period);
        hash = Mix(hash, ScheduleMask(goal));
        hash = Mix(hash, goal.MinAmount is { } min ? BitConverter.DoubleToInt64Bits(min) : long.MinValue);
        hash = Mix(hash, DayNumbers.Of(goal.StartDate));
        hash = Mix(hash, goal.Deadline is { } deadline ? DayNumbers.Of(deadline) : long.MinValue);
        hash = Mix(hash, (long)weekStart);
        foreach (var range in excused.RangesWithin(goal.StartDate, date))
        {
            hash = Mix(hash, DayNumbers.Of(range.Start));
            hash = Mix(hash, DayNumbers.Of(range.End));
        }

        return unchecked((long)hash);
    }

    private static long ScheduleMask(GoalDefinition goal) =>
        goal.Schedule.Aggregate(0L, (mask, day) => mask | (1L << (int)day));

    private static ulong Mix(ulong hash, long value)
    {
        for (var shift = 0; shift < 64; shift += 8)
        {
            hash = unchecked((hash ^ (byte)(value >> shift)) * Prime);
        }

        return hash;
    }
}

using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Goals.Domain.Tests.Evaluation;

/// <summary>
/// A goal of any pattern, period, schedule and week start with a random history (gaps, fractional amounts, several
/// totals on a date), skips, goal pauses, vacations and an open-ended pause; the date a checkpoint is asked for
/// (<see cref="At"/>), the day it is taken on (<see cref="TakenOn"/>) and the day it is used on (<see cref="Today"/>).
/// </summary>
/// <param name="LateSkips">Skips dated after <see cref="At"/>, added after the checkpoint was taken.</param>
/// <param name="OpenPauseFrom">A pause still running: it ends on whatever day is "today".</param>
/// <param name="AsOfDaysBack">progress(asOf:) this many days before today; null for today.</param>
public sealed record ResumeCase(
    GoalDefinition Goal,
    IsoDayOfWeek WeekStart,
    DayTotal[] Days,
    LocalDate[] Skips,
    LocalDate[] LateSkips,
    DateInterval[] Pauses,
    LocalDate? OpenPauseFrom,
    LocalDate At,
    LocalDate TakenOn,
    LocalDate Today,
    int? AsOfDaysBack)
{
    private static readonly double[] Amounts = [0.1, 0.2, 0.7, 1, 1, 2.5, 3, 8, 0];
    private static readonly double[] Targets = [0.3, 1, 2.5, 3, 10, 100];
    private static readonly LocalDate Epoch = new(2024, 1, 1);

    public UserSettings Settings => new(DateTimeZone.Utc, LocalTime.Midnight, WeekStart);

    public LocalDate? AsOf => AsOfDaysBack is { } back ? Today.PlusDays(-back) : null;

    /// <summary>The excused days as a caller passes them on <paramref name="today"/> (an open pause ends then).</summary>
    public ExcusedDays Excused(LocalDate today, bool withLateSkips) => new(
        withLateSkips ? [.. Skips, .. LateSkips] : Skips,
        OpenPauseFrom is { } from && from <= today ? [.. Pauses, new DateInterval(from, today)] : Pauses);

    internal static Arbitrary<ResumeCase> Arbitrary() => Arb.From(Generate(), Shrink);

    private static Gen<ResumeCase> Generate() =>
        from goal in Goals()
        from weekStart in Gen.Choose(1, 7)
        from length in Gen.Frequency((1, Gen.Choose(0, 10)), (3, Gen.Choose(10, 120)), (3, Gen.Choose(120, 500)), (1, Gen.Choose(500, 1200)))
        from density in Gen.Elements(30, 60, 85, 100)
        from rolls in Gen.Choose(0, 99).ArrayOf(length + 1)
        from skips in Gen.Choose(0, length).ArrayOf().Select(offsets => offsets.Take(8).ToArray())
        from pauses in Gen.Zip(Gen.Choose(0, length), Gen.Choose(0, 40)).ArrayOf().Select(pairs => pairs.Take(4).ToArray())
        from openPause in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(0, length + 5).Select(offset => (int?)offset)))
        from at in Gen.Choose(-5, length + 3)
        from takenBack in Gen.Choose(0, 40)
        from lateSkips in Gen.Choose(0, 60).ArrayOf().Select(offsets => offsets.Take(3).ToArray())
        from asOfBack in Gen.Frequency((2, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 45).Select(back => (int?)back)))
        let today = goal.StartDate.PlusDays(length)
        let atDate = goal.StartDate.PlusDays(at)
        select new ResumeCase(
            goal,
            (IsoDayOfWeek)weekStart,
            History(goal, rolls, density),
            [.. skips.Select(offset => goal.StartDate.PlusDays(offset))],
            [.. lateSkips.Select(offset => atDate.PlusDays(1 + offset)).Where(date => date <= today)],
            [.. pauses.Select(pause => new DateInterval(goal.StartDate.PlusDays(pause.Item1), goal.StartDate.PlusDays(pause.Item1 + pause.Item2)))],
            openPause is { } pauseOffset ? goal.StartDate.PlusDays(pauseOffset) : null,
            atDate,
            LocalDate.Min(today, LocalDate.Max(atDate.PlusDays(1), today.PlusDays(-takenBack))),
            today,
            asOfBack);

    private static Gen<GoalDefinition> Goals() =>
        from pattern in Gen.Elements(Enum.GetValues<GoalPattern>())
        from period in pattern == GoalPattern.Habit ? Gen.Constant(GoalPeriod.Day) : Gen.Elements(Enum.GetValues<GoalPeriod>())
        from target in pattern == GoalPattern.Frequency
            ? Gen.Choose(1, period switch { GoalPeriod.Day => 1, GoalPeriod.Week => 7, _ => 31 }).Select(count => (double)count)
            : Gen.Elements(Targets)
        from minAmount in Gen.Frequency((3, Gen.Constant<double?>(null)), (1, Gen.Elements(Targets).Select(min => (double?)min)))
        from schedule in Gen.SubListOf(Enum.GetValues<IsoDayOfWeek>().Where(day => day != IsoDayOfWeek.None))
        from start in Gen.Choose(0, 400)
        from deadline in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(1, 900).Select(days => (int?)days)))
        let startDate = Epoch.PlusDays(start)
        select new GoalDefinition(
            pattern, target, period, schedule.Count == 0 ? GoalDefinition.EveryDay : schedule.ToHashSet(),
            minAmount, startDate,
            pattern == GoalPattern.Cumulative && deadline is { } days ? startDate.PlusDays(days) : null);

    /// <summary>One roll a day decides whether it holds activity, how much, and whether a second total joins it.</summary>
    private static DayTotal[] History(GoalDefinition goal, int[] rolls, int density)
    {
        var zeroAllowed = goal.Pattern is GoalPattern.Target or GoalPattern.Limit;
        var days = new List<DayTotal>();
        for (var offset = 0; offset < rolls.Length; offset++)
        {
            var roll = rolls[offset];
            if (roll >= density)
            {
                continue;
            }

            var amount = Amounts[roll % Amounts.Length];
            var total = new DayTotal(goal.StartDate.PlusDays(offset), amount == 0 && !zeroAllowed ? 1 : amount, 1 + (roll % 3));
            days.Add(total);
            if (roll % 7 == 0)
            {
                days.Add(total with { Amount = Amounts[(roll / 7) % 8] });
            }
        }

        return [.. days];
    }

    private static IEnumerable<ResumeCase> Shrink(ResumeCase value)
    {
        if (value.Days.Length > 0)
        {
            yield return value with { Days = value.Days[..(value.Days.Length / 2)] };
            yield return value with { Days = value.Days[(value.Days.Length / 2)..] };
        }

        if (value.Skips.Length + value.LateSkips.Length + value.Pauses.Length > 0 || value.OpenPauseFrom is not null)
        {
            yield return value with { Skips = [], LateSkips = [], Pauses = [], OpenPauseFrom = null };
        }
    }

    public override string ToString() =>
        $"{Goal.Pattern} {Goal.Period} target {Goal.Target} min {Goal.MinAmount} schedule [{string.Join(",", Goal.Schedule)}] "
        + $"start {Goal.StartDate} deadline {Goal.Deadline} weekStart {WeekStart} at {At} takenOn {TakenOn} today {Today} "
        + $"asOf {AsOf} days [{string.Join(" ", Days.Select(day => $"{day.Date:MM-dd}={day.Amount}x{day.Count}"))}] "
        + $"skips [{string.Join(" ", Skips)}] late [{string.Join(" ", LateSkips)}] pauses [{string.Join(" ", Pauses)}] open {OpenPauseFrom}";
}

/// <summary>Registers <see cref="ResumeCase"/> with FsCheck: <c>[Property(Arbitrary = [typeof(ResumeCases)])]</c>.</summary>
public static class ResumeCases
{
    public static Arbitrary<ResumeCase> Any() => ResumeCase.Arbitrary();
}

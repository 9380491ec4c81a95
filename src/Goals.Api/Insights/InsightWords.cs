using System.Globalization;
using Goals.Domain;

namespace Goals.Api.Insights;

/// <summary>Counts and streak units as they read in a message.</summary>
public static class InsightWords
{
    public static string Count(int count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");

    public static string Unit(GoalPeriod unit) => unit switch
    {
        GoalPeriod.Day => "day",
        GoalPeriod.Week => "week",
        GoalPeriod.Month => "month",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown period."),
    };

    public static string Units(int count, GoalPeriod unit) => Count(count, Unit(unit), Unit(unit) + "s");
}

using GraphQL.Validation.Complexity;
using NodaTime;

namespace Goals.Api.GraphQL;

/// <summary>
/// The cost model's prices for fields whose work is not "one object per field" (the default: 1 per field, lists
/// multiplied by their page size). The budget is <c>GraphQL:Limits:MaxCost</c> (5,000 by default), and no single
/// contract operation may exceed it, so the heaviest field stays below it while two of them do not fit.
/// </summary>
public static class FieldCosts
{
    /// <summary>
    /// A whole-account export (up to <c>Export:MaxActivities</c> activities, megabytes of text): 2,000, and at most
    /// once per operation, so aliases cannot multiply it.
    /// </summary>
    public const double Export = 2000;

    /// <summary>One item of a bulk write: a store transaction and its share of the goal's re-evaluation.</summary>
    public const double PerBulkItem = 5;

    /// <summary>Insights evaluate every goal of the caller over the last eight weeks when none are stored for today.</summary>
    public const double Insights = 50;

    /// <summary>Recommendations read every goal of the caller to rank the template catalog.</summary>
    public const double Recommendations = 20;

    /// <summary>
    /// A list with one entry per day of its <c>from</c>/<c>to</c> range, each computed: the range's days are the
    /// field's own cost and multiply what is selected in each entry. A range the resolver will refuse (reversed,
    /// too long) is priced at its bounds.
    /// </summary>
    public static FieldComplexityResult PerDayOfRange(FieldImpactContext context, int maxDays)
    {
        var from = context.GetArgument<LocalDate>("from");
        var to = context.GetArgument<LocalDate>("to");
        var days = Math.Clamp(Period.DaysBetween(from, to) + 1, 1, maxDays);
        return new FieldComplexityResult(days, days);
    }
}

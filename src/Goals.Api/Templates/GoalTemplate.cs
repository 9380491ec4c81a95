using Goals.Domain;
using NodaTime;

namespace Goals.Api.Templates;

/// <summary>
/// A ready-made goal. <see cref="Slug"/> never changes once published: clients keep template ids. Every value that
/// createGoalFromTemplate uses is a field here, so what the catalog shows is what the goal gets.
/// </summary>
/// <param name="MinAmount">The least amount one log must carry to count (e.g. 30 minutes per workout).</param>
/// <param name="DeadlineDays">CUMULATIVE only: the deadline's distance in days from the goal's start date.</param>
public sealed record GoalTemplate(
    string Slug,
    string Title,
    string Description,
    GoalCategory Category,
    GoalPattern Pattern,
    double Target,
    string? Unit,
    GoalPeriod Period,
    double? MinAmount = null,
    int? DeadlineDays = null)
{
    public const string TypeName = "GoalTemplate";

    public string GlobalId => Server.Relay.GlobalId.Encode(TypeName, Slug);

    /// <summary>The start date plus <see cref="DeadlineDays"/>: a 365-day goal started on 2026-03-01 ends on 2027-03-01.</summary>
    public LocalDate? DeadlineFor(LocalDate startDate) =>
        DeadlineDays is { } days ? startDate.PlusDays(days) : null;

    /// <summary>The slug inside a template id; false for a malformed id or another type's id.</summary>
    public static bool TryDecodeId(string? id, out string slug) =>
        Server.Relay.GlobalId.TryDecode(id, out var type, out slug) && type == TypeName;
}

using Goals.Domain;
using Goals.Server.Relay;
using NodaTime;

namespace Goals.Api.Templates;

/// <summary>
/// A ready-made goal. <see cref="Slug"/> never changes once published: clients keep template ids.
/// <see cref="Horizon"/> gives CUMULATIVE templates their deadline, counted from the goal's start date.
/// </summary>
public sealed record GoalTemplate(
    string Slug,
    string Title,
    string Description,
    GoalCategory Category,
    GoalPattern Pattern,
    double Target,
    string? Unit,
    GoalPeriod Period,
    Period? Horizon = null)
{
    public const string TypeName = "GoalTemplate";

    public string GlobalId => Server.Relay.GlobalId.Encode(TypeName, Slug);

    /// <summary>The last day of the horizon: a one-year goal started on 2026-03-01 ends on 2027-02-28.</summary>
    public LocalDate? DeadlineFor(LocalDate startDate) =>
        Horizon is null ? null : startDate.Plus(Horizon).PlusDays(-1);

    /// <summary>The slug inside a template id; false for a malformed id or another type's id.</summary>
    public static bool TryDecodeId(string? id, out string slug) =>
        Server.Relay.GlobalId.TryDecode(id, out var type, out slug) && type == TypeName;
}

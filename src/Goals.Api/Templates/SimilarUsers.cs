using Goals.Domain;
using Goals.Storage.Abstractions;
using static System.FormattableString;

namespace Goals.Api.Templates;

/// <summary>
/// The SIMILAR_USERS signal, item to item: a goal's kind is its category and pattern ("Health/Target"). For a kind
/// the user does not have, the value is the highest share, over the kinds the user does have, of the users keeping
/// that kind who also keep this one (both as strong active goals). A kind kept by fewer than the minimum group size,
/// or a pair shared by fewer, is ignored, so nothing said here rests on a handful of people.
/// </summary>
public sealed class SimilarUsers
{
    private readonly Dictionary<(string, string), int> _pairs = new();
    private readonly int _minGroupSize;

    public SimilarUsers(IEnumerable<CoOccurrence> counts, int minGroupSize)
    {
        ArgumentNullException.ThrowIfNull(counts);
        _minGroupSize = Math.Max(1, minGroupSize);
        foreach (var count in counts)
        {
            _pairs[(count.Item, count.Other)] = count.Users;
            _pairs[(count.Other, count.Item)] = count.Users;
        }
    }

    public static string KindOf(GoalCategory category, GoalPattern pattern) => $"{category}/{pattern}";

    /// <param name="ownKinds">The kinds of the user's active goals.</param>
    public (double Value, string Message) For(GoalTemplate template, IReadOnlySet<string> ownKinds)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(ownKinds);
        var candidate = KindOf(template.Category, template.Pattern);
        if (ownKinds.Contains(candidate))
        {
            return (0, "You already keep a goal of this kind.");
        }

        var groups = ownKinds.Where(kind => Count(kind, kind) >= _minGroupSize).ToList();
        if (groups.Count == 0)
        {
            return (0, "Not enough users keep goals like yours yet to compare.");
        }

        var best = groups
            .Select(kind => (kind, share: Count(kind, candidate) >= _minGroupSize ? (double)Count(kind, candidate) / Count(kind, kind) : 0))
            .MaxBy(entry => entry.share);
        if (best.share <= 0)
        {
            return (0, "Few users with goals like yours keep one like this.");
        }

        var share = Math.Round(best.share, 4);
        return (share, Invariant($"{share * 100:0}% of users who keep {Words(best.kind)} like yours also keep {Words(candidate)}."));
    }

    private int Count(string item, string other) => _pairs.GetValueOrDefault((item, other));

    private static string Words(string kind)
    {
        var parts = kind.Split('/');
        return $"{TemplateWords.Category(Enum.Parse<GoalCategory>(parts[0]))} {TemplateWords.PatternPlural(Enum.Parse<GoalPattern>(parts[1]))}";
    }
}

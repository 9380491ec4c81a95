using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace Goals.Api.Import;

/// <summary>
/// Idempotency keys from an activity's content (its goal, instant, amount and note) rather than its ids, so a file
/// imported twice, or an export of imported data imported again, stores each activity once. Identical rows of one
/// file are told apart by their ordinal.
/// </summary>
public sealed class ImportKeys
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    public string For(string prefix, string goalIdentity, Instant occurredAt, double amount, string? note)
    {
        var content = string.Join('\u001f', goalIdentity, occurredAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            amount.ToString("R", CultureInfo.InvariantCulture), note ?? string.Empty);
        var ordinal = _seen[content] = _seen.GetValueOrDefault(content) + 1;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..32];
        return $"{prefix}:{hash}:{ordinal.ToString(CultureInfo.InvariantCulture)}";
    }

    public static string GoalIdentity(string title, Domain.GoalPattern pattern, LocalDate startDate) =>
        string.Join('\u001f', title, pattern.ToString(), startDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}

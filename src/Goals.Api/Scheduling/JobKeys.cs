using Goals.Storage.Abstractions;
using NodaTime;
using NodaTime.Text;

namespace Goals.Api.Scheduling;

/// <summary>Idempotency keys: one notification per (kind, user, goal, local date); re-running a day stores nothing new.</summary>
public static class JobKeys
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static LocalDate? ParseDate(string? text) =>
        text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;

    public static string Notification(NotificationKind kind, string userId, string? goalId, LocalDate date) =>
        $"{kind}:{userId}:{goalId ?? "-"}:{Date(date)}";
}

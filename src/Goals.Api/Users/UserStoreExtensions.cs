using Goals.Domain.Calendar;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Users;

public static class UserStoreExtensions
{
    /// <summary>The user's local date now (the user is created with default settings on first sight).</summary>
    public static async Task<LocalDate> TodayAsync(
        this IUserStore users, string userId, IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(clock);
        return (await users.GetOrCreateAsync(userId, cancellationToken)).Settings.Today(clock.GetCurrentInstant());
    }
}

using Goals.Domain;
using NodaTime;

namespace Goals.Storage.Abstractions;

/// <summary>A user as stored: the JWT subject is the id, so users are never created by id generation.</summary>
public sealed record UserRecord(string Id, UserSettings Settings, Instant CreatedAt, Instant UpdatedAt);

public interface IUserStore
{
    /// <summary>Returns the user, creating it with <see cref="UserSettings.Default"/> on first sight.</summary>
    Task<UserRecord> GetOrCreateAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Replaces the settings (creating the user if needed) and returns the stored user.</summary>
    Task<UserRecord> SaveSettingsAsync(string userId, UserSettings settings, CancellationToken cancellationToken);

    /// <summary>Users in id order after <paramref name="afterId"/>, for jobs that walk every user.</summary>
    Task<IReadOnlyList<UserRecord>> ListAsync(string? afterId, int limit, CancellationToken cancellationToken);
}

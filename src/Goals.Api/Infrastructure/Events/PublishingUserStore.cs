using Goals.Domain;
using Goals.Storage.Abstractions;

namespace Goals.Api.Infrastructure.Events;

/// <summary>A settings change re-reads every goal of the user (days and weeks move), so it is announced to all of them.</summary>
public sealed class PublishingUserStore(IUserStore inner, IEventBus bus) : IUserStore
{
    public async Task<UserRecord> SaveSettingsAsync(string userId, UserSettings settings, CancellationToken cancellationToken)
    {
        var user = await inner.SaveSettingsAsync(userId, settings, cancellationToken);
        await bus.PublishAsync(Topics.User(userId), new ChangeEvent(ChangeEvent.GoalChanged, userId), cancellationToken);
        return user;
    }

    public Task<UserRecord> GetOrCreateAsync(string userId, CancellationToken cancellationToken) =>
        inner.GetOrCreateAsync(userId, cancellationToken);

    public Task<IReadOnlyList<UserRecord>> ListAsync(string? afterId, int limit, CancellationToken cancellationToken) =>
        inner.ListAsync(afterId, limit, cancellationToken);
}

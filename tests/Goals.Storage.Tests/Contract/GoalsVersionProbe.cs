namespace Goals.Storage.Tests.Contract;

/// <summary>
/// The goals versions of an owner and of a bystander (another user), read again by each check, which asserts how
/// they moved since the previous read and takes the new values as the base.
/// </summary>
public sealed class GoalsVersionProbe(StoreFixture store, string ownerId, string bystanderId, long owner, long bystander)
{
    private long _owner = owner;
    private long _bystander = bystander;

    public static async Task<GoalsVersionProbe> ReadAsync(StoreFixture store, string ownerId, string bystanderId) => new(
        store, ownerId, bystanderId, await ReadAsync(store, ownerId), await ReadAsync(store, bystanderId));

    /// <summary>The owner's version moved (by one or more: a store may bump more than once per write); the bystander's did not.</summary>
    public Task ExpectMovedAsync(string write) => ExpectAsync(write, moved: true);

    /// <summary>Neither version moved.</summary>
    public Task ExpectUnchangedAsync(string write) => ExpectAsync(write, moved: false);

    private async Task ExpectAsync(string write, bool moved)
    {
        var (owner, bystander) = (await ReadAsync(store, ownerId), await ReadAsync(store, bystanderId));
        Assert.True(
            moved ? owner > _owner : owner == _owner,
            $"{write}: the owner's goals version went from {_owner} to {owner}, expected it to {(moved ? "grow" : "stay")}");
        Assert.True(bystander == _bystander, $"{write}: another user's goals version went from {_bystander} to {bystander}");
        (_owner, _bystander) = (owner, bystander);
    }

    private static async Task<long> ReadAsync(StoreFixture store, string userId) =>
        (await store.Users.GetOrCreateAsync(userId, CancellationToken.None)).GoalsVersion;
}

using Goals.Storage.Abstractions;

namespace Goals.Storage.Tests.Contract;

/// <summary>
/// The data versions of a goal, of a second goal of the same owner and of the owner, read again by each
/// <see cref="ExpectAsync"/>, which asserts how much each moved since the previous read.
/// </summary>
public sealed record DataVersionProbe(StoreFixture Store, GoalRecord Goal, string OtherId, long Other, long User)
{
    public static async Task<DataVersionProbe> ReadAsync(StoreFixture store, GoalRecord goal, string otherId) => new(
        store, (await store.Goals.GetAsync(goal.OwnerId, goal.Id, CancellationToken.None))!, otherId,
        (await store.Goals.GetAsync(goal.OwnerId, otherId, CancellationToken.None))!.DataVersion,
        (await store.Users.GetOrCreateAsync(goal.OwnerId, CancellationToken.None)).DataVersion);

    private long GoalVersion { get; set; } = Goal.DataVersion;

    private long OtherVersion { get; set; } = Other;

    private long UserVersion { get; set; } = User;

    /// <summary>Asserts the bumps since the last call (each 0 unless given) and takes the new values as the base.</summary>
    public async Task ExpectAsync(long goal = 0, long user = 0)
    {
        var now = await ReadAsync(Store, Goal, OtherId);
        Assert.Equal(
            (GoalVersion + goal, OtherVersion, UserVersion + user), (now.Goal.DataVersion, now.Other, now.User));
        (GoalVersion, OtherVersion, UserVersion) = (now.Goal.DataVersion, now.Other, now.User);
    }
}

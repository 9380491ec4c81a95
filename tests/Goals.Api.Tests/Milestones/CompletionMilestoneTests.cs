using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;
using static Goals.Api.Tests.Milestones.MilestoneSupport;

namespace Goals.Api.Tests.Milestones;

public sealed class CompletionMilestoneTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    private const string Quarter = "MILESTONE_REACHED Read 24 books: 25 % done";
    private const string Half = "MILESTONE_REACHED Read 24 books: 50 % done";
    private const string ThreeQuarters = "MILESTONE_REACHED Read 24 books: 75 % done";
    private const string Full = "MILESTONE_REACHED Read 24 books: target reached!";
    private const string Completed = "GOAL_COMPLETED Goal completed: “Read 24 books”!";

    [Fact]
    public async Task A_cumulative_goal_earns_each_quarter_and_its_completion_once()
    {
        using var client = factory.ClientFor("reader");
        var goalId = await CreateBooksAsync(client);

        // Days apart, so that the goal's informational day streak earns nothing.
        await client.LogAsync(new { goalId, amount = 7, date = Day(-9) });
        await client.LogAsync(new { goalId, amount = 2, date = Day(-9) });
        await client.LogAsync(new { goalId, amount = 4, date = Day(-7) });
        await client.LogAsync(new { goalId, amount = 6, date = Day(-5) });
        var last = await client.LogAsync(new { goalId, amount = 5 });
        await client.LogAsync(new { goalId, amount = 1 });
        await client.MutateAsync("completeGoal", "GoalIdInput", new { id = goalId });

        Assert.Equal("COMPLETED", last["goal"]!.Text("status"));
        Assert.Equal([Quarter, Half, ThreeQuarters, Full, Completed], await factory.InboxAsync("reader"));
    }

    [Fact]
    public async Task A_resubscriber_with_after_receives_exactly_the_notifications_it_missed()
    {
        using var client = factory.ClientFor("commuter");
        var goalId = await CreateBooksAsync(client);
        long seen;
        await using (var first = await factory.SubscribeToNotificationsAsync("commuter"))
        {
            await client.LogAsync(new { goalId, amount = 6 });
            var quarter = (await first.ReceiveSkippingPingsAsync()).Notification();
            Assert.Equal(Quarter, quarter.Line());
            seen = quarter["sequence"]!.GetValue<long>();
        }

        await client.LogAsync(new { goalId, amount = 7 });
        await client.LogAsync(new { goalId, amount = 11 });
        await using var second = await factory.SubscribeToNotificationsAsync("commuter", after: seen);
        var missed = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            missed.Add((await second.ReceiveSkippingPingsAsync()).Notification().Line());
        }

        await factory.AddSentinelAsync("commuter");
        var live = (await second.ReceiveSkippingPingsAsync()).Notification().Line();

        Assert.Equal([Half, ThreeQuarters, Full, Completed], missed);
        Assert.Equal("WEEKLY_SUMMARY sentinel", live);
    }

    [Fact]
    public async Task Completing_a_goal_by_hand_notifies_once()
    {
        using var client = factory.ClientFor("finisher");
        var goalId = await client.CreateHabitAsync("Learn to juggle");

        var done = await client.MutateAsync("completeGoal", "GoalIdInput", new { id = goalId });
        var again = await client.MutateAsync("completeGoal", "GoalIdInput", new { id = goalId });

        Assert.Equal("COMPLETED", done["goal"]!.Text("status"));
        Assert.Equal(["InvalidStateError"], again.ErrorList());
        Assert.Equal(["GOAL_COMPLETED Goal completed: “Learn to juggle”!"], await factory.InboxAsync("finisher"));
    }

    private static Task<string> CreateBooksAsync(GraphQLClient client) =>
        client.CreateIdAsync(new { title = "Read 24 books", pattern = "CUMULATIVE", target = 24, unit = "books", startDate = Day(-20) });
}

using System.Text.Json.Nodes;
using Goals.Api.Infrastructure.Events;
using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;
using Goals.Api.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Goals.Api.Tests.Realtime.Sockets;

/// <summary>A socket lives no longer than its token: at <c>exp</c> it closes with 4403, and nothing runs after.</summary>
public sealed class TokenExpiryTests : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(20);
    private readonly HeldTimersClock _clock = new(DateTimeOffset.UtcNow);
    private readonly SocketHostFactory _host;

    public TokenExpiryTests() => _host = new SocketHostFactory { Clock = _clock };

    [Fact]
    public async Task Token_never_expires_a_socket_is_closed_with_4403_at_exp_and_its_goal_progress_stops()
    {
        await using var watch = await WatchNewGoalAsync("reader");
        await watch.Http.LogAsync(new { goalId = watch.GoalId, amount = 5 });
        Assert.Equal(5, (await watch.Socket.ReceiveSkippingPingsAsync())["payload"]!["data"]!["onGoalProgress"]!["progress"]!["current"]!.GetValue<double>());

        _clock.Advance(Lifetime);
        _clock.ReleaseTimers();
        var closed = await watch.Socket.ReceiveSkippingPingsAsync();

        Assert.Equal(Closed(4403), closed.ToJsonString());
        await WaitForObserversAsync("reader", present: false);
    }

    [Fact]
    public async Task Token_never_expires_a_mutation_after_exp_runs_nothing_even_before_the_expiry_timer_fires()
    {
        using var http = _host.ClientFor("writer");
        var goalId = await http.CreateIdAsync(new { title = "Run", pattern = "TARGET", target = 10, unit = "km" });
        await using var socket = await AckedAsync("writer");

        _clock.Advance(Lifetime);
        await socket.SubscribeAsync("log", "mutation($input: LogActivityInput!) { logActivity(input: $input) { activity { id } } }",
            new { input = new { goalId, amount = 4 } });
        var answer = await socket.ReceiveSkippingPingsAsync();

        Assert.Equal(Closed(4403), answer.ToJsonString());
        var goal = await http.DataAsync("query($id: ID!) { goal(id: $id) { progress { current } activities(first: 5) { totalCount } } }", new { id = goalId });
        Assert.Equal(0, goal["goal"]!["progress"]!["current"]!.GetValue<double>());
        Assert.Equal(0, goal["goal"]!["activities"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Token_never_expires_an_event_after_exp_is_not_sent_even_before_the_expiry_timer_fires()
    {
        await using var watch = await WatchNewGoalAsync("watcher");

        _clock.Advance(Lifetime);
        await watch.Http.LogAsync(new { goalId = watch.GoalId, amount = 2 });
        var answer = await watch.Socket.ReceiveSkippingPingsAsync();

        Assert.Equal(Closed(4403), answer.ToJsonString());
    }

    [Fact]
    public async Task Token_never_expires_a_token_in_the_upgrade_header_also_ends_the_socket_at_exp()
    {
        await using var socket = await TransportWsClient.ConnectWithHeaderAsync(_host, Issue("header"));
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());

        _clock.Advance(Lifetime);
        _clock.ReleaseTimers();

        Assert.Equal(Closed(4403), (await socket.ReceiveSkippingPingsAsync()).ToJsonString());
    }

    [Fact]
    public async Task A_token_already_past_exp_is_refused_at_connection_init_with_4403()
    {
        var token = Issue("late");
        _clock.Advance(Lifetime + TimeSpan.FromSeconds(5));
        await using var socket = await TransportWsClient.ConnectAsync(_host, token);

        Assert.Equal(Closed(4403), (await socket.ReceiveAsync()).ToJsonString());
    }

    public void Dispose() => _host.Dispose();

    private static string Closed(int code) => new JsonObject { ["type"] = "closed", ["code"] = code }.ToJsonString();

    private string Issue(string userId) =>
        new DevTokenIssuer(_host.Services.GetRequiredService<IOptions<AuthOptions>>().Value, _clock).Issue(userId, Lifetime);

    private async Task<TransportWsClient> AckedAsync(string userId)
    {
        var socket = await TransportWsClient.ConnectAsync(_host, Issue(userId));
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
        return socket;
    }

    /// <summary>A new goal of the user's, and a socket on a token of <see cref="Lifetime"/> that follows its progress.</summary>
    private async Task<GoalWatch> WatchNewGoalAsync(string userId)
    {
        var http = _host.ClientFor(userId);
        var goalId = await http.CreateIdAsync(new { title = "Read", pattern = "TARGET", target = 20, unit = "pages" });
        var socket = await AckedAsync(userId);
        await socket.SubscribeAsync("p", "subscription($id: ID!) { onGoalProgress(goalId: $id) { progress { current } } }", new { id = goalId });
        await WaitForObserversAsync(userId, present: true);
        return new GoalWatch(http, goalId, socket);
    }

    /// <summary>Subscriptions start and stop asynchronously; this waits until the bus agrees.</summary>
    private async Task WaitForObserversAsync(string userId, bool present)
    {
        var bus = _host.Services.EventBus<InProcessEventBus>();
        for (var attempt = 0; attempt < 200 && bus.ObserverCount(Topics.User(userId)) > 0 != present; attempt++)
        {
            await Task.Delay(25);
        }

        Assert.Equal(present, bus.ObserverCount(Topics.User(userId)) > 0);
    }

    private sealed record GoalWatch(GraphQLClient Http, string GoalId, TransportWsClient Socket) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await Socket.DisposeAsync();
        }
    }
}

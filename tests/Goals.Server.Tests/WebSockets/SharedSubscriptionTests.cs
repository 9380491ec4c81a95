using Goals.Server.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static Goals.Server.Tests.WebSockets.SharedSubscriptionSockets;

namespace Goals.Server.Tests.WebSockets;

/// <summary>
/// Identical subscriptions of one user share one execution on a server: real sockets, the real pipeline, and a pulse
/// the test publishes to (its resolutions count executions, its followers the upstream subscriptions).
/// </summary>
public sealed class SharedSubscriptionTests
{
    [Fact]
    public async Task Two_sockets_of_one_user_share_one_execution_until_the_last_one_leaves()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        var (pulse, shared) = (server.Pulse(), server.Shared());
        var (first, second) = await TwoMembersAsync(server);
        await using var firstSocket = first;
        await using var secondSocket = second;

        pulse.Publish("t", "1");

        Assert.Equal(Next("a", "1"), await first.ReceiveAsync());
        Assert.Equal(Next("b", "1"), await second.ReceiveAsync());
        Assert.Equal((1, 1, 1), (pulse.Resolutions, shared.Executions, pulse.Followers("t")));

        // The first subscriber leaves: the execution is the group's, so the second keeps receiving.
        await first.SendAsync("""{"id":"a","type":"complete"}""");
        await Eventually(() => shared.Members == 1);
        pulse.Publish("t", "2");
        Assert.Equal(Next("b", "2"), await second.ReceiveAsync());

        await second.SendAsync("""{"id":"b","type":"complete"}""");
        await Eventually(() => shared.Executions == 0 && shared.Members == 0 && pulse.Followers("t") == 0, "the upstream outlived its last member");
    }

    [Fact]
    public async Task Other_users_variables_selections_and_anonymous_callers_get_executions_of_their_own()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        var (pulse, shared) = (server.Pulse(), server.Shared());
        await using var ann = await SignedInAsync(server, "ann");
        await using var annOnU = await SignedInAsync(server, "ann");
        await using var annAliased = await SignedInAsync(server, "ann");
        await using var annSpaced = await SignedInAsync(server, "ann");
        await using var bob = await SignedInAsync(server, "bob");
        await using var anonymous = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);

        await ann.SubscribeAndWaitAsync(SubscribeWithVariables("1", """{"topic":"t"}"""), () => shared.Members == 1);
        await annOnU.SubscribeAndWaitAsync(SubscribeWithVariables("1", """{"topic":"u"}"""), () => shared.Members == 2);
        await annAliased.SubscribeAndWaitAsync(SubscribeWithVariables("1", """{"topic":"t"}""", "p: pulse(topic: $topic)"), () => shared.Members == 3);
        await annSpaced.SubscribeAndWaitAsync(SubscribeWithVariables("1", """{ "topic" : "t" }"""), () => shared.Members == 4);
        await bob.SubscribeAndWaitAsync(SubscribeWithVariables("1", """{"topic":"t"}"""), () => shared.Members == 5);
        await anonymous.SubscribeAndWaitAsync(SubscribeWithVariables("1", """{"topic":"t"}"""), () => pulse.Resolutions == 5);
        await Eventually(() => pulse.Followers("t") == 4);

        pulse.Publish("t", "x");
        pulse.Publish("u", "y");

        Assert.Equal((5, 4), (pulse.Resolutions, shared.Executions));
        foreach (var socket in new[] { ann, annSpaced, bob, anonymous })
            Assert.Equal(Next("1", "x"), await socket.ReceiveAsync());
        Assert.Equal(Next("1", "x", "p"), await annAliased.ReceiveAsync());
        Assert.Equal(Next("1", "y"), await annOnU.ReceiveAsync());
    }

    [Fact]
    public async Task Identical_concurrent_mutations_over_sockets_both_run()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var first = await SignedInAsync(server, "ann");
        await using var second = await SignedInAsync(server, "ann");
        const string mutation = """{"id":"m","type":"subscribe","payload":{"query":"mutation { addBooks(input: { titles: [\"Twin\"], authorId: \"a1\", delayMs: 200 }) { title } }"}}""";

        await Task.WhenAll(first.SendAsync(mutation), second.SendAsync(mutation));

        const string added = """{"type":"next","id":"m","payload":{"data":{"addBooks":[{"title":"Twin"}]}}}""";
        Assert.Equal(added, await first.ReceiveAsync());
        Assert.Equal(added, await second.ReceiveAsync());
        Assert.Equal(2, server.Services.GetRequiredService<Library>().BooksByTitle().Count(book => book.Title == "Twin"));
    }

    [Fact]
    public async Task A_subscription_that_fails_at_start_answers_each_subscriber_and_a_later_valid_one_works()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        var (pulse, shared) = (server.Pulse(), server.Shared());
        await using var first = await SignedInAsync(server, "ann");
        await using var second = await SignedInAsync(server, "ann");

        await first.SendAsync(Subscribe("a", "missing"));
        var firstAnswer = await first.ReceiveAsync();
        await second.SendAsync(Subscribe("b", "missing"));
        var secondAnswer = await second.ReceiveAsync();

        Assert.Contains("\"NOT_FOUND\"", firstAnswer, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"a\"", firstAnswer, StringComparison.Ordinal);
        Assert.Equal(firstAnswer.Replace("\"id\":\"a\"", "\"id\":\"b\"", StringComparison.Ordinal), secondAnswer);
        Assert.Equal((2, 0), (pulse.Resolutions, shared.Executions));
        if (firstAnswer.StartsWith("""{"type":"next""", StringComparison.Ordinal))
        {
            Assert.Equal(Complete("a"), await first.ReceiveAsync());
            Assert.Equal(Complete("b"), await second.ReceiveAsync());
        }

        await first.SubscribeAndWaitAsync(Subscribe("c", "t"), () => pulse.Followers("t") == 1);
        await second.SubscribeAndWaitAsync(Subscribe("d", "t"), () => shared.Members == 2);
        pulse.Publish("t", "ok");
        Assert.Equal(Next("c", "ok"), await first.ReceiveAsync());
        Assert.Equal(Next("d", "ok"), await second.ReceiveAsync());
    }
}

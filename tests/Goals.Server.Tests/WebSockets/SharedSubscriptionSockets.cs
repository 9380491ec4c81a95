using Goals.Server.Tests.TestHost;
using Goals.Server.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.WebSockets;

/// <summary>What the shared subscription tests do over and over: sign in, subscribe to a pulse, wait for the server.</summary>
public static class SharedSubscriptionSockets
{
    public static TestPulse Pulse(this TestServer server) => server.Services.GetRequiredService<TestPulse>();

    public static SharedSubscriptions Shared(this TestServer server) => server.Services.GetRequiredService<SharedSubscriptions>();

    public static Task<WebSocketTestClient> SignedInAsync(TestServer server, string user) =>
        WebSocketTestClient.ConnectAndInitAsync(
            server.GraphQLUri, """{"type":"connection_init","payload":{"user":"USER"}}""".Replace("USER", user, StringComparison.Ordinal));

    /// <summary>A subscribe message for <c>pulse</c> of <paramref name="topic"/>, given inline.</summary>
    public static string Subscribe(string id, string topic, string field = "pulse") =>
        "{\"id\":\"" + id + "\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription { " + field + "(topic: \\\"" + topic + "\\\") }\"}}";

    /// <summary>A subscribe message whose topic is a variable, with the variables object written as given.</summary>
    public static string SubscribeWithVariables(string id, string variables, string selection = "pulse(topic: $topic)") =>
        "{\"id\":\"" + id + "\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription($topic: String!) { " + selection + " }\",\"variables\":" + variables + "}}";

    public static string Next(string id, string value, string field = "pulse") =>
        "{\"type\":\"next\",\"id\":\"" + id + "\",\"payload\":{\"data\":{\"" + field + "\":\"" + value + "\"}}}";

    public static string Complete(string id) => "{\"type\":\"complete\",\"id\":\"" + id + "\"}";

    /// <summary>Subscribes and waits until the subscription follows its topic or has joined one that does.</summary>
    public static async Task SubscribeAndWaitAsync(this WebSocketTestClient client, string message, Func<bool> joined)
    {
        await client.SendAsync(message);
        await Eventually(joined, "the subscription never started");
    }

    /// <summary>Two sockets of ann, subscribed to <paramref name="topic"/> as ids a and b, sharing one execution.</summary>
    public static async Task<(WebSocketTestClient First, WebSocketTestClient Second)> TwoMembersAsync(TestServer server, string topic = "t")
    {
        var first = await SignedInAsync(server, "ann");
        var second = await SignedInAsync(server, "ann");
        await first.SubscribeAndWaitAsync(Subscribe("a", topic), () => server.Pulse().Followers(topic) == 1);
        await second.SubscribeAndWaitAsync(Subscribe("b", topic), () => server.Shared().Members == 2);
        return (first, second);
    }

    public static async Task Eventually(Func<bool> condition, string failure = "the server never got there")
    {
        for (var attempt = 0; attempt < 400 && !condition(); attempt++)
            await Task.Delay(10);
        Assert.True(condition(), failure);
    }
}

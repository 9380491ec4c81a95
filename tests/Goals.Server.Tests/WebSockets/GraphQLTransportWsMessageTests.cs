namespace Goals.Server.Tests.WebSockets;

public sealed partial class GraphQLTransportWsMessageTests(WebSocketServerFixture fixture) : IClassFixture<WebSocketServerFixture>
{
    private Uri Endpoint => fixture.Server.GraphQLUri;

    [Fact]
    public async Task Connection_init_is_acknowledged_on_the_graphql_transport_ws_subprotocol()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(Endpoint, "graphql-transport-ws");
        await client.SendAsync("""{"type":"connection_init","payload":{"user":"ada"}}""");

        Assert.Equal("graphql-transport-ws", client.SubProtocol);
        Assert.Equal("""{"type":"connection_ack"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Subscription_sends_each_event_as_next_then_complete()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint);
        await client.SendAsync("""{"id":"s1","type":"subscribe","payload":{"query":"subscription ($n: Int!) { ticks(count: $n) }","variables":{"n":3}}}""");

        Assert.Equal("""{"type":"next","id":"s1","payload":{"data":{"ticks":1}}}""", await client.ReceiveAsync());
        Assert.Equal("""{"type":"next","id":"s1","payload":{"data":{"ticks":2}}}""", await client.ReceiveAsync());
        Assert.Equal("""{"type":"next","id":"s1","payload":{"data":{"ticks":3}}}""", await client.ReceiveAsync());
        Assert.Equal("""{"type":"complete","id":"s1"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Query_over_the_socket_sends_one_next_and_complete()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint);
        await client.SendAsync("""{"id":"q1","type":"subscribe","payload":{"query":"query Echo { echo(message: \"hi\") }","operationName":"Echo"}}""");

        Assert.Equal("""{"type":"next","id":"q1","payload":{"data":{"echo":"hi"}}}""", await client.ReceiveAsync());
        Assert.Equal("""{"type":"complete","id":"q1"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Mutation_over_the_socket_sends_one_next_and_complete()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint);
        await client.SendAsync("""{"id":"m1","type":"subscribe","payload":{"query":"mutation { addBook(input: {title: \"Binti\", authorId: \"a1\"}) { book { title } errors { __typename } } }"}}""");

        Assert.Equal(
            """{"type":"next","id":"m1","payload":{"data":{"addBook":{"book":null,"errors":[{"__typename":"DuplicateTitleError"}]}}}}""",
            await client.ReceiveAsync());
        Assert.Equal("""{"type":"complete","id":"m1"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Validation_failure_sends_error_and_no_complete()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint);
        await client.SendAsync("""{"id":"e1","type":"subscribe","payload":{"query":"{ zzzUnknown }"}}""");
        var error = await client.ReceiveAsync();
        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal(
            """{"type":"error","id":"e1","payload":[{"message":"Cannot query field \u0027zzzUnknown\u0027 on type \u0027Query\u0027.","locations":[{"line":1,"column":3}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""",
            error);
        Assert.Equal("""{"type":"pong"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Field_error_in_a_query_is_a_next_with_errors_then_complete()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint);
        await client.SendAsync("""{"id":"b1","type":"subscribe","payload":{"query":"{ boom }"}}""");
        var next = await client.ReceiveAsync();

        // Masked like over HTTP; the trace id names the socket's request and the operation id.
        Assert.Matches(
            """^\{"type":"next","id":"b1","payload":\{"errors":\[\{"message":"Unexpected Execution Error","locations":\[\{"line":1,"column":3\}\],"path":\["boom"\],"extensions":\{"code":"INTERNAL_SERVER_ERROR","traceId":"[^"]+:b1"\}\}\],"data":\{"boom":null\}\}\}$""",
            next);
        Assert.Equal("""{"type":"complete","id":"b1"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Failing_event_stream_sends_a_masked_error_result_then_complete()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint);
        await client.SendAsync("""{"id":"f1","type":"subscribe","payload":{"query":"subscription { failing(after: 1) }"}}""");

        Assert.Equal("""{"type":"next","id":"f1","payload":{"data":{"failing":1}}}""", await client.ReceiveAsync());
        Assert.Equal(
            """{"type":"next","id":"f1","payload":{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":16}],"path":["failing"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}}""",
            await client.ReceiveAsync());
        Assert.Equal("""{"type":"complete","id":"f1"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Failing_subscription_resolver_sends_a_masked_error_result_then_complete()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint);
        await client.SendAsync("""{"id":"r1","type":"subscribe","payload":{"query":"subscription { refused }"}}""");

        Assert.Matches(
            """^\{"type":"next","id":"r1","payload":\{"errors":\[\{"message":"Unexpected Execution Error","locations":\[\{"line":1,"column":16\}\],"path":\["refused"\],"extensions":\{"code":"INTERNAL_SERVER_ERROR","traceId":"[^"]+:r1"\}\}\],"data":null\}\}$""",
            await client.ReceiveAsync());
        Assert.Equal("""{"type":"complete","id":"r1"}""", await client.ReceiveAsync());
    }
}

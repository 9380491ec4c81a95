using GraphQL.Types;
using Goals.Server.Tests.WebSockets;

namespace Goals.Server.Tests.TestHost;

/// <summary>The tiny schema the server layer is tested on; it knows nothing about goals on purpose.</summary>
public sealed class TestSchema : GraphQL.Types.Schema
{
    public TestSchema(IServiceProvider services)
        : base(services)
    {
        Query = new TestQuery();
        Mutation = new TestMutation();
        Subscription = new TestSubscriptions(); // subscriptions: defined by the WebSocket tests
    }
}

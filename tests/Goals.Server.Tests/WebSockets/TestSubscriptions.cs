using GraphQL;
using GraphQL.Types;
using Goals.Server.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.WebSockets;

/// <summary>Subscription root of the test schema: finite, endless, failing and user-aware event streams.</summary>
public sealed class TestSubscriptions : ObjectGraphType
{
    public TestSubscriptions()
    {
        Name = "Subscription";
        Field<NonNullGraphType<IntGraphType>>("ticks")
            .Description("Counts from 1 to count, then completes.")
            .Argument<NonNullGraphType<IntGraphType>>("count")
            .ResolveStream(context => new TestEventSource(context.GetArgument<int>("count"), null, TimeSpan.Zero, Probe(context)));
        Field<NonNullGraphType<IntGraphType>>("heartbeat")
            .Description("Counts up every intervalMs milliseconds until the subscriber leaves.")
            .Argument<NonNullGraphType<IntGraphType>>("intervalMs")
            .ResolveStream(context => new TestEventSource(
                int.MaxValue, null, TimeSpan.FromMilliseconds(context.GetArgument<int>("intervalMs")), Probe(context)));
        Field<NonNullGraphType<IntGraphType>>("failing")
            .Description("Counts to after, then the event source fails with an unexpected exception.")
            .Argument<NonNullGraphType<IntGraphType>>("after")
            .ResolveStream(context => new TestEventSource(
                context.GetArgument<int>("after"), new InvalidOperationException("secret stream detail"), TimeSpan.Zero, Probe(context)));
        Field<IntGraphType>("refused")
            .Description("The subscription resolver fails before any event stream exists.")
            .ResolveStream(_ => throw new InvalidOperationException("secret subscribe detail"));
        Field<NonNullGraphType<StringGraphType>>("padded")
            .Description("Sends count events (0: until the subscriber leaves), each its number, a colon and kilobytes of padding, one every intervalMs (0: all at once).")
            .Argument<NonNullGraphType<IntGraphType>>("kilobytes")
            .Argument<NonNullGraphType<IntGraphType>>("count")
            .Argument<NonNullGraphType<IntGraphType>>("intervalMs")
            .ResolveStream(context =>
            {
                var padding = new string('x', context.GetArgument<int>("kilobytes") * 1024);
                var count = context.GetArgument<int>("count");
                return new TestEventSource(count == 0 ? int.MaxValue : count, null,
                    TimeSpan.FromMilliseconds(context.GetArgument<int>("intervalMs")), Probe(context), i => $"{i}:{padding}");
            });
        Field<NonNullGraphType<StringGraphType>>("pulse")
            .Description("What the test publishes to topic; identical subscriptions share one execution.")
            .Argument<NonNullGraphType<StringGraphType>>("topic")
            .SharedAcrossSubscribers()
            .ResolveStream(context => context.RequestServices!.GetRequiredService<TestPulse>().Resolve(context.GetArgument<string>("topic")));
        Field<NonNullGraphType<StringGraphType>>("unsharedPulse")
            .Description("Like pulse, but not marked as shareable: each subscription runs alone.")
            .Argument<NonNullGraphType<StringGraphType>>("topic")
            .ResolveStream(context => context.RequestServices!.GetRequiredService<TestPulse>().Resolve(context.GetArgument<string>("topic")));
        Field<StringGraphType>("viewer")
            .Description("Sends the name of the user the operation runs as, once.")
            .ResolveStream(context => new TestEventSource(1, null, TimeSpan.Zero, Probe(context), _ => context.User?.Identity?.Name));
    }

    private static StreamProbe? Probe(IResolveFieldContext context) => context.RequestServices?.GetService<StreamProbe>();
}

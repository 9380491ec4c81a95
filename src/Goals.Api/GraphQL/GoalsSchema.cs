using Goals.Api.GraphQL.Scalars;
using GraphQL;
using GraphQL.Types;
using NodaTime;

namespace Goals.Api.GraphQL;

/// <summary>The served schema: three small roots that each feature fills with its own fields.</summary>
public sealed class GoalsSchema : Schema
{
    public GoalsSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription.Fields.Count > 0 ? subscription : null;

        // The contract's DateTime is an instant: this one replaces GraphQL.NET's built-in DateTime scalar.
        RegisterType(new InstantGraphType());
        this.RegisterTypeMapping<Instant, InstantGraphType>();
        this.RegisterTypeMapping<LocalDate, LocalDateGraphType>();
        this.RegisterTypeMapping<LocalTime, LocalTimeGraphType>();
    }
}

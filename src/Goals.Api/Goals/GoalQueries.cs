using Goals.Api.GraphQL;
using Goals.Server.Relay;
using Goals.Storage.Abstractions;
using GraphQL;
using GraphQL.Types;

namespace Goals.Api.Goals;

public sealed class GoalQueries(GoalService service, IGoalStore goals) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<GoalType>("goal")
            .Description("One of the caller's goals; null for an unknown id or another user's goal.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
                await service.GetAsync(context.UserId(), context.GetArgument<string>("id"), context.CancellationToken));
        query.NamedConnectionField<object?, GoalsConnectionType>("goals", async (context, page) =>
            {
                var filter = context.GetArgument<GoalFilterInput?>("where")?.ToFilter() ?? GoalFilter.None;
                var sorts = context.GetArgument<List<GoalSortInput>?>("order")?.SelectMany(order => order.ToSorts()).ToList();
                var userId = context.UserId();
                return await goals.ListAsync(
                    userId, filter, sorts is { Count: > 0 } ? sorts : GoalSort.Default, page, context.CancellationToken);
            })
            .Description("The caller's goals, filtered and sorted (default: newest first), with keyset cursors.")
            .Argument<GoalFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<GoalSortInputType>>>("order");
    }
}

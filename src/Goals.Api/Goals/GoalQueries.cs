using Goals.Api.Common;
using Goals.Api.GoalState;
using Goals.Api.GraphQL;
using Goals.Api.GraphQL.Filtering;
using Goals.Api.Infrastructure;
using Goals.Domain.Validation;
using Goals.Server.DataLoading;
using Goals.Server.Relay;
using Goals.Storage.Abstractions;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Goals.Api.Goals;

public sealed class GoalQueries(GoalService service, GoalListCache lists, IUserStore users, IOptions<GoalsOptions> options)
    : IQueryFields
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
                var filter = FilterReader.Read(
                    context.GetArgument<object?>("where"), options.Value, DomainLimits.MaxTitleLength);
                var sorts = SortReader.Read(context.GetArgument<object?>("order"), GoalSortFields.ByName)
                    .Select(key => new GoalSort(key.Field, key.Direction)).ToList();
                // The user first: its versions key the cached page, and the page's evaluations use the same record.
                var user = await users.GetOrCreateAsync(context.UserId(), context.CancellationToken);
                context.DataLoader<GoalEvaluationLoader>().Know(user);
                context.DataLoader<GoalFactsLoader>().Know(user);
                return await lists.ListAsync(
                    user, filter, sorts.Count > 0 ? sorts : GoalSort.Default, page, context.CancellationToken);
            })
            .Description("The caller's goals, filtered and sorted (default: newest first), with keyset cursors.")
            .Argument<GoalFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<GoalSortInputType>>>("order");
    }
}

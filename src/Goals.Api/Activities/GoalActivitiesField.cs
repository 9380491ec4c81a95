using Goals.Api.Common;
using Goals.Api.Goals;
using Goals.Api.GraphQL;
using Goals.Api.GraphQL.Filtering;
using Goals.Api.GraphQL.Scalars;
using Goals.Api.Infrastructure;
using Goals.Server.Errors;
using Goals.Server.Relay;
using Goals.Storage.Abstractions;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Goals.Api.Activities;

public sealed class ActivitiesConnectionType() : NamedConnectionGraphType<ActivityType, ActivitiesEdgeType>("Activities");

public sealed class ActivitiesEdgeType() : NamedEdgeGraphType<ActivityType>("Activities");

/// <summary><c>Goal.activities</c>: newest first, optionally within local dates.</summary>
public sealed class GoalActivitiesField : IGoalFields
{
    public void AddTo(ObjectGraphType<GoalRecord> goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        goal.NamedConnectionField<GoalRecord, ActivitiesConnectionType>("activities", async (context, page) =>
            {
                var dates = DatesOf(DateArguments.Optional(context, "from"), DateArguments.Optional(context, "to"));
                var services = context.RequestServices!;
                var filter = FilterReader.Read(
                    context.GetArgument<object?>("where"), services.GetRequiredService<IOptions<GoalsOptions>>().Value,
                    ActivityRules.MaxNoteLength);
                var sort = SortReader.Read(context.GetArgument<object?>("order"), ActivitySortFields.ByName)
                    .Select(key => new ActivitySort(key.Field, key.Direction)).ToList();
                return await services.GetRequiredService<IActivityStore>().PageAsync(
                    context.Source.OwnerId, context.Source.Id, dates, filter, sort, page, context.CancellationToken);
            })
            .Description(
                "The goal's activities, newest first (date, then time) unless `order` says otherwise; `from`/`to` bound the local dates.")
            .Argument<LocalDateGraphType>("from")
            .Argument<LocalDateGraphType>("to")
            .Argument<ActivityFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<ActivitySortInputType>>>("order");
    }

    private static DateInterval? DatesOf(LocalDate? from, LocalDate? to)
    {
        if (from is null && to is null)
            return null;
        var (start, end) = (from ?? LocalDate.MinIsoValue, to ?? LocalDate.MaxIsoValue);
        return end >= start
            ? new DateInterval(start, end)
            : throw new GraphQLRequestError(ErrorCodes.BadUserInput, "`to` must not be before `from`.");
    }
}

using Goals.Api.Common;
using Goals.Api.Goals;
using Goals.Api.GraphQL;
using Goals.Api.Infrastructure;
using Goals.Server.Limits;
using Goals.Server.Mutations;
using Microsoft.Extensions.Options;
using GraphQL;
using GraphQL.Types;

namespace Goals.Api.Activities;

public sealed class ActivityFields(ActivityService service, IOptions<GoalsOptions> options) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<LogActivityInputType, LogActivityPayloadType, LogActivityInput>(
            "logActivity",
            async (context, input) => ToPayload(await service.LogAsync(context.UserId(), input, context.CancellationToken)))
            .Description("Logs one activity. Reaching a CUMULATIVE goal's target completes the goal.");
        mutation.Field<NonNullGraphType<LogActivitiesPayloadType>>("logActivities")
            .Description("Logs many activities; each item is judged on its own and answered in input order.")
            .Argument<NonNullGraphType<LogActivitiesInputType>>("input")
            .AsBulkField("input", (LogActivitiesInput input) => input.Activities.Count,
                options.Value.MaxActivitiesPerBulkLog, FieldCosts.PerBulkItem)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<LogActivitiesInput>("input");
                var outcomes = await service.LogManyAsync(context.UserId(), input.Activities, context.CancellationToken);
                return new LogActivitiesPayload(
                    [.. outcomes.Select(ToPayload)], outcomes.Count(outcome => outcome.Succeeded));
            });
        mutation.MutationField<UpdateActivityInputType, LogActivityPayloadType, UpdateActivityInput>(
            "updateActivity",
            async (context, input) => ToPayload(await service.UpdateAsync(context.UserId(), input, context.CancellationToken)))
            .Description("Changes an activity's amount, note or date; the days it leaves and joins are recomputed.");
        mutation.MutationField<DeleteActivityInputType, DeleteActivityPayloadType, DeleteActivityInput>(
            "deleteActivity",
            async (context, input) =>
            {
                var outcome = await service.DeleteAsync(context.UserId(), input.Id, context.CancellationToken);
                return outcome.Value is { } deleted
                    ? new DeleteActivityPayload(ActivityIds.Encode(deleted.Activity.Id), deleted.Goal, null)
                    : new DeleteActivityPayload(null, null, outcome.Errors);
            })
            .Description("Deletes an activity; its day is recomputed.");
        mutation.MutationField<SkipDayInputType, GoalPayloadType, SkipDayInput>(
            "skipDay",
            async (context, input) =>
            {
                var outcome = await service.SkipDayAsync(context.UserId(), input, context.CancellationToken);
                return new GoalPayload(outcome.Value, outcome.Succeeded ? null : outcome.Errors);
            })
            .Description("Excuses a day: it neither counts nor breaks the streak. Skipping it again changes nothing.");
    }

    private static LogActivityPayload ToPayload(Outcome<LoggedActivity> outcome) =>
        outcome.Value is { } logged
            ? new LogActivityPayload(logged.Activity, logged.Goal, null)
            : new LogActivityPayload(null, null, outcome.Errors);
}

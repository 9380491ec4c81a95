using Goals.Api.Common;
using Goals.Api.GraphQL;
using Goals.Api.Infrastructure;
using Goals.Server.Limits;
using Goals.Server.Mutations;
using Microsoft.Extensions.Options;
using Goals.Storage.Abstractions;
using GraphQL.Types;

namespace Goals.Api.Goals;

public sealed class GoalMutations(
    GoalService goals, GoalStatusService statuses, GoalUnarchiveService unarchive, IOptions<GoalsOptions> options) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.MutationField<CreateGoalInputType, CreateGoalPayloadType, CreateGoalInput>("createGoal", async (context, input) =>
            {
                var outcome = await goals.CreateAsync(context.UserId(), input, context.CancellationToken);
                return new CreateGoalPayload(outcome.Value, Errors(outcome));
            })
            .Description("Creates a goal; at most the configured number of non-archived goals per user.");
        mutation.MutationField<UpdateGoalInputType, UpdateGoalPayloadType, UpdateGoalInput>("updateGoal", async (context, input) =>
            {
                var outcome = await goals.UpdateAsync(context.UserId(), input, context.CancellationToken);
                return new UpdateGoalPayload(outcome.Value, Errors(outcome));
            })
            .Description("Changes the given fields of a goal that is not archived; the result is validated as a whole.");
        mutation.MutationField<PauseGoalInputType, GoalPayloadType, PauseGoalInput>("pauseGoal", async (context, input) =>
                Payload(await statuses.PauseAsync(context.UserId(), input, context.CancellationToken)))
            .Description("Pauses an ACTIVE goal; the paused days are excused.");
        mutation.MutationField<GoalIdInputType, GoalPayloadType, GoalIdInput>("resumeGoal", async (context, input) =>
                Payload(await statuses.ResumeAsync(context.UserId(), input.Id, context.CancellationToken)))
            .Description("Resumes a PAUSED goal: the pause ends yesterday and today counts again.");
        mutation.MutationField<GoalIdInputType, GoalPayloadType, GoalIdInput>("completeGoal", async (context, input) =>
                Payload(await statuses.CompleteAsync(context.UserId(), input.Id, context.CancellationToken)))
            .Description("Marks an ACTIVE or PAUSED goal completed.");
        mutation.MutationField<ArchiveGoalsInputType, ArchiveGoalsPayloadType, ArchiveGoalsInput>("archiveGoals", async (context, input) =>
            {
                var (archived, errors) = await statuses.ArchiveAsync(context.UserId(), input.Ids, context.CancellationToken);
                return new ArchiveGoalsPayload(archived, errors.Count > 0 ? errors : null);
            })
            .Description("Archives goals in one call; each unknown id is reported, the others are archived.")
            .AsBulkField("input", (ArchiveGoalsInput input) => input.Ids.Count, options.Value.MaxGoalsPerUser, FieldCosts.PerBulkItem);
        mutation.MutationField<GoalIdInputType, GoalPayloadType, GoalIdInput>("unarchiveGoal", async (context, input) =>
                Payload(await unarchive.UnarchiveAsync(context.UserId(), input.Id, context.CancellationToken)))
            .Description(
                "Takes an ARCHIVED goal back (COMPLETED if it was completed, else ACTIVE) within the goal limit; at the limit a LimitExceededError changes nothing.");
        mutation.MutationField<GoalIdInputType, DeleteGoalPayloadType, GoalIdInput>("deleteGoal", async (context, input) =>
            {
                var error = await goals.DeleteAsync(context.UserId(), input.Id, context.CancellationToken);
                return error is null ? new DeleteGoalPayload(input.Id, null) : new DeleteGoalPayload(null, [error]);
            })
            .Description("Deletes a goal with all its activities, skips, pauses and history.");
    }

    private static GoalPayload Payload(Outcome<GoalRecord> outcome) => new(outcome.Value, Errors(outcome));

    private static IReadOnlyList<IUserError>? Errors<T>(Outcome<T> outcome)
        where T : class => outcome.Succeeded ? null : outcome.Errors;
}

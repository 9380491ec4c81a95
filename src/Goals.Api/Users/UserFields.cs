using Goals.Api.GraphQL;
using Goals.Server.Mutations;
using GraphQL;
using GraphQL.Types;

namespace Goals.Api.Users;

public sealed class UserFields(UserService users) : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<UserType>>("me")
            .Description("The signed-in user (created with default settings on the first request).")
            .ResolveAsync(async context => await users.GetAsync(context.UserId(), context.CancellationToken));

    void IMutationFields.AddTo(ObjectGraphType mutation) =>
        mutation.MutationField<UpdateSettingsInputType, UpdateSettingsPayloadType, UpdateSettingsInput>(
            "updateSettings",
            async (context, input) =>
            {
                var outcome = await users.UpdateSettingsAsync(context.UserId(), input.ToChange(), context.CancellationToken);
                return new UpdateSettingsPayload(outcome.Value, outcome.Succeeded ? null : outcome.Errors);
            })
            .Description("Changes the caller's time zone, day start or week start. History keeps its dates.");
}

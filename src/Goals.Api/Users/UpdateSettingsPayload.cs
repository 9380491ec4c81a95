using Goals.Api.GraphQL.Errors;
using Goals.Server.Mutations;
using Goals.Storage.Abstractions;
using GraphQL.Types;

namespace Goals.Api.Users;

public sealed record UpdateSettingsPayload(UserRecord? User, IReadOnlyList<IUserError>? Errors) : IMutationPayload;

public sealed class UpdateSettingsPayloadType : PayloadGraphType<UpdateSettingsPayload, UpdateSettingsErrorType>
{
    public UpdateSettingsPayloadType()
    {
        Field<UserType>("user").Description("The user with the new settings.").Resolve(context => context.Source.User);
    }
}

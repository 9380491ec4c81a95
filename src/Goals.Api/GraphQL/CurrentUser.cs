using Goals.Api.Common;
using Goals.Server.Errors;
using GraphQL;

namespace Goals.Api.GraphQL;

/// <summary>The caller's user id (the token's <c>sub</c>); every Goals field needs one.</summary>
public static class CurrentUser
{
    public static string UserId(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User?.FindFirst(TokenSubject.ClaimType)?.Value is { Length: > 0 } id
            ? id
            : throw new GraphQLRequestError(ErrorCodes.Unauthenticated, "Sign in: this field needs a valid bearer token.");
    }
}

using Goals.Api.Common;
using Goals.Domain.Validation;
using Goals.Server.Errors;
using GraphQL;
using NodaTime;

namespace Goals.Api.GraphQL;

/// <summary>
/// Date arguments of queries (history and stats ranges, activity bounds, <c>asOf</c>): outside the supported calendar
/// they are a <c>BAD_USER_INPUT</c> error naming the argument, before any date arithmetic runs on them.
/// </summary>
public static class DateArguments
{
    public static LocalDate? Optional(IResolveFieldContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        var date = context.GetArgument<LocalDate?>(name);
        return date is { } value && !DomainLimits.IsSupported(value)
            ? throw new GraphQLRequestError(ErrorCodes.BadUserInput, DomainLimits.DateRangeMessage($"`{name}`"))
            : date;
    }

    public static LocalDate Required(IResolveFieldContext context, string name) =>
        Optional(context, name) ?? throw new GraphQLRequestError(ErrorCodes.BadUserInput, $"`{name}` is required.");
}

using Goals.Paging;
using Goals.Server.Errors;
using Goals.Server.Hosting;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Goals.Server.Relay;

/// <summary>The paging arguments of one connection field, checked against the page-size limits.</summary>
public static class PageArguments
{
    /// <summary>Reads <c>first/after/last/before</c>; no size means the default page size, too big a size is an error.</summary>
    public static PageRequest From(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limits = context.RequestServices!.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.Limits;
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");
        if (first is not null && last is not null)
            throw new GraphQLRequestError(ErrorCodes.BadUserInput, "Pass either `first` or `last`, not both.");
        if (last is null && before is not null && after is null)
            last = limits.DefaultPageSize;
        var size = first ?? last ?? limits.DefaultPageSize;
        if (size < 0)
            throw new GraphQLRequestError(ErrorCodes.BadUserInput, "`first` and `last` cannot be negative.");
        if (size > limits.MaxPageSize)
            throw new GraphQLRequestError(ErrorCodes.PageSizeExceeded,
                $"A page holds at most {limits.MaxPageSize} items; {size} were requested.");
        return last is null ? PageRequest.First(size, after) : PageRequest.Last(size, before);
    }
}

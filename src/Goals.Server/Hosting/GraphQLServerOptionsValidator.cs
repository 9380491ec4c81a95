using Microsoft.Extensions.Options;

namespace Goals.Server.Hosting;

/// <summary>Fails start-up on a limit that would silently switch a protection off (zero or negative).</summary>
public sealed class GraphQLServerOptionsValidator : IValidateOptions<GraphQLServerOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Limits;
        var failures = new (bool Invalid, string Message)[]
        {
            (limits.MaxDepth < 1, "GraphQL:Limits:MaxDepth must be at least 1."),
            (limits.MaxIntrospectionDepth < 1, "GraphQL:Limits:MaxIntrospectionDepth must be at least 1."),
            (limits.MaxIntrospectionListDepth < 0, "GraphQL:Limits:MaxIntrospectionListDepth cannot be negative."),
            (limits.MaxCost < 1, "GraphQL:Limits:MaxCost must be at least 1."),
            (limits.ExecutionTimeout <= TimeSpan.Zero, "GraphQL:Limits:ExecutionTimeout must be positive."),
            (limits.ValidationTimeout <= TimeSpan.Zero, "GraphQL:Limits:ValidationTimeout must be positive."),
            (limits.MaxValidationErrors < 1, "GraphQL:Limits:MaxValidationErrors must be at least 1."),
            (limits.MaxAliases < 0, "GraphQL:Limits:MaxAliases cannot be negative."),
            (limits.MaxFieldMergePairs < 0, "GraphQL:Limits:MaxFieldMergePairs cannot be negative."),
            (limits.MaxMutationRootFields < 1, "GraphQL:Limits:MaxMutationRootFields must be at least 1."),
            (limits.MaxBulkRootFields < 1, "GraphQL:Limits:MaxBulkRootFields must be at least 1."),
            (limits.MaxDirectives < 0, "GraphQL:Limits:MaxDirectives cannot be negative."),
            (limits.MaxFragmentExpansion < 1, "GraphQL:Limits:MaxFragmentExpansion must be at least 1."),
            (limits.MaxDocumentBytes < 1, "GraphQL:Limits:MaxDocumentBytes must be at least 1."),
            (limits.MaxTokens < 1, "GraphQL:Limits:MaxTokens must be at least 1."),
            (limits.MaxParserDepth < 1, "GraphQL:Limits:MaxParserDepth must be at least 1."),
            (limits.DefaultPageSize < 1 || limits.DefaultPageSize > limits.MaxPageSize,
                "GraphQL:Limits:DefaultPageSize must be between 1 and MaxPageSize."),
            (limits.MaxNodeBatch < 1, "GraphQL:Limits:MaxNodeBatch must be at least 1."),
            (options.RateLimiting.RequestsPerMinute < 1, "GraphQL:RateLimiting:RequestsPerMinute must be at least 1."),
            (options.RateLimiting.CostPerMinute < limits.MaxCost,
                "GraphQL:RateLimiting:CostPerMinute must be at least GraphQL:Limits:MaxCost, or an allowed operation could never run."),
            (options.MaxRequestBodyBytes < 1, "GraphQL:MaxRequestBodyBytes must be at least 1."),
            (options.Documents.CacheSize < 1, "GraphQL:Documents:CacheSize must be at least 1."),
            (options.Documents.PersistedQueryCacheSize < 1, "GraphQL:Documents:PersistedQueryCacheSize must be at least 1."),
        }.Where(check => check.Invalid).Select(check => check.Message).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

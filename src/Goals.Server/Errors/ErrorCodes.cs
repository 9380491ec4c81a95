namespace Goals.Server.Errors;

/// <summary>The <c>extensions.code</c> values the server puts on top-level errors.</summary>
public static class ErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadRequest = "BAD_REQUEST";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string RequestTimeout = "REQUEST_TIMEOUT";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationNotFound = "OPERATION_NOT_FOUND";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string FieldMergeLimitExceeded = "FIELD_MERGE_LIMIT_EXCEEDED";
    public const string MaxMutationFieldsExceeded = "MAX_MUTATION_FIELDS_EXCEEDED";
    public const string MaxFieldUsesExceeded = "MAX_FIELD_USES_EXCEEDED";
    public const string BulkLimitExceeded = "BULK_LIMIT_EXCEEDED";
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";
    public const string MaxDirectivesExceeded = "MAX_DIRECTIVES_EXCEEDED";
    public const string FragmentExpansionExceeded = "FRAGMENT_EXPANSION_EXCEEDED";
    public const string ValidationTimeout = "VALIDATION_TIMEOUT";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string NodeBatchExceeded = "NODE_BATCH_EXCEEDED";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidId = "INVALID_ID";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string Timeout = "TIMEOUT";
    public const string RateLimited = "RATE_LIMITED";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string PersistedQueryOnly = "PERSISTED_QUERY_ONLY";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}

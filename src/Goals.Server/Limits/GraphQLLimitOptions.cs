namespace Goals.Server.Limits;

/// <summary>Request limits; every one is on by default and can be tuned from configuration.</summary>
public sealed class GraphQLLimitOptions
{
    /// <summary>
    /// Deepest field nesting allowed in an operation. The plumbing of Relay connections (<c>edges</c>, <c>node</c>,
    /// <c>nodes</c>, <c>pageInfo</c>) adds no level, so a query two connections deep counts three.
    /// </summary>
    public int MaxDepth { get; set; } = 6;

    /// <summary>
    /// Deepest nesting of an operation that only introspects (IDEs nest <c>ofType</c> about 15 levels to read the
    /// schema); introspection can be switched off altogether in Production.
    /// </summary>
    public int MaxIntrospectionDepth { get; set; } = 24;

    /// <summary>
    /// How many of the introspection list fields <c>fields</c>, <c>inputFields</c>, <c>interfaces</c> and
    /// <c>possibleTypes</c> may nest inside each other: each level multiplies the answer by the schema's size.
    /// </summary>
    public int MaxIntrospectionListDepth { get; set; } = 2;

    /// <summary>Cost budget: each field costs 1, list fields multiply their children by <c>first</c>/<c>last</c>.</summary>
    public int MaxCost { get; set; } = 5000;

    /// <summary>
    /// Wall-clock budget for executing one query. Mutations are not cut once started (a write always reports what
    /// it did); their size is bounded before they run by the root field and bulk limits. Subscriptions live as long
    /// as the client wants.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Most mutation root fields one operation runs, aliases included.</summary>
    public int MaxMutationRootFields { get; set; } = 5;

    /// <summary>Most bulk root fields (declared with <see cref="RootFieldLimits.AsBulkField"/>) one operation runs.</summary>
    public int MaxBulkRootFields { get; set; } = 1;
    /// <summary>Wall-clock budget for validating one document; a validation that takes longer is refused.</summary>
    public TimeSpan ValidationTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Most validation errors reported for one document; validation stops there.</summary>
    public int MaxValidationErrors { get; set; } = 10;

    /// <summary>Most aliased fields in one document.</summary>
    public int MaxAliases { get; set; } = 15;

    /// <summary>Most directives in one document.</summary>
    public int MaxDirectives { get; set; } = 50;

    /// <summary>
    /// Most field selections in one document once every fragment spread is replaced by its fragment; counted in
    /// linear time before validation, so fragments that spread each other twice cannot multiply the work.
    /// </summary>
    public int MaxFragmentExpansion { get; set; } = 2000;

    /// <summary>
    /// Most pairs of same-named fields (fragments included) the field-merging check compares in one document; its
    /// cost and its errors grow with the pairs, not with the document's size.
    /// </summary>
    public int MaxFieldMergePairs { get; set; } = 2000;

    /// <summary>Largest document, in UTF-8 bytes.</summary>
    public int MaxDocumentBytes { get; set; } = 32 * 1024;

    /// <summary>Most lexical tokens in one document.</summary>
    public int MaxTokens { get; set; } = 1000;

    /// <summary>Parser recursion guard: deepest nesting of any syntax (selections, lists, objects).</summary>
    public int MaxParserDepth { get; set; } = 64;

    /// <summary>Connection page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Largest <c>first</c>/<c>last</c> a connection accepts.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Most ids one <c>nodes(ids:)</c> call accepts.</summary>
    public int MaxNodeBatch { get; set; } = 50;
}

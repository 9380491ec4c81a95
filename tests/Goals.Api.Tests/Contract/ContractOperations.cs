using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Goals.Api.Tests.Support;
using GraphQLParser;
using GraphQLParser.AST;

namespace Goals.Api.Tests.Contract;

/// <summary>
/// The documents a client of the contract sends: one operation per file in <c>Contract/Operations</c>, sent with the
/// variables of the <c>.variables.json</c> beside it, and the examples of <c>docs/api.md</c>.
/// </summary>
public static partial class ContractOperations
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Contract", "Operations");

    public static IEnumerable<string> Names =>
        Directory.EnumerateFiles(Folder, "*.graphql").Select(file => Path.GetFileNameWithoutExtension(file)).Order(StringComparer.Ordinal);

    public static string Document(string name) => File.ReadAllText(Path.Combine(Folder, $"{name}.graphql"));

    public static JsonNode? Variables(string name, ContractSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var path = Path.Combine(Folder, $"{name}.variables.json");
        return File.Exists(path) ? JsonNode.Parse(seed.Fill(File.ReadAllText(path))) : null;
    }

    public static OperationType Kind(string document) =>
        Parser.Parse(document).Definitions.OfType<GraphQLOperationDefinition>().Single().Operation;

    /// <summary>The root fields each document selects, as <c>Query.goal</c>, <c>Mutation.createGoal</c>, ….</summary>
    public static IEnumerable<string> RootFields(string document) =>
        Parser.Parse(document).Definitions.OfType<GraphQLOperationDefinition>().SelectMany(operation =>
            operation.SelectionSet.Selections.OfType<GraphQLField>().Select(field => $"{operation.Operation}.{field.Name.StringValue}"));

    /// <summary>
    /// Every operation in a <c>graphql</c> block of <c>docs/api.md</c>; a block holds one per line that starts at the
    /// margin (continuation lines are indented).
    /// </summary>
    public static IReadOnlyList<string> ApiExamples() =>
        [.. GraphQLBlock().Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "api.md")))
            .SelectMany(block => OperationStart().Split(block.Groups["body"].Value))
            .Where(operation => operation.Trim().Length > 0)
            .Select(operation => operation.Trim())];

    [GeneratedRegex("```graphql\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();

    [GeneratedRegex("\n(?=[^ \n])")]
    private static partial Regex OperationStart();
}

using GraphQLParser;
using GraphQLParser.AST;

namespace Goals.Api.Tests.Contract;

/// <summary>
/// Checks that a served SDL contains a contract SDL: every type, field, argument, enum value, union member and
/// interface, with the contract's nullability. Output fields may be stricter (non-null where the contract allows
/// null); arguments and input fields must match exactly, since a stricter input would break existing clients.
/// </summary>
public static class SchemaContract
{
    public static IReadOnlyList<string> Violations(string contractSdl, string servedSdl)
    {
        var served = Index(servedSdl);
        var violations = new List<string>();
        foreach (var (name, expected) in Index(contractSdl))
        {
            if (!served.TryGetValue(name, out var actual))
            {
                violations.Add($"type {name} is missing");
            }
            else if (actual.GetType() != expected.GetType())
            {
                violations.Add($"type {name} is a {Kind(actual)}, the contract says {Kind(expected)}");
            }
            else
            {
                TypeComparison.Compare(name, expected, actual, violations);
            }
        }

        return violations;
    }

    private static Dictionary<string, ASTNode> Index(string sdl) =>
        Parser.Parse(sdl).Definitions
            .OfType<GraphQLTypeDefinition>()
            .ToDictionary(definition => definition.Name.StringValue, definition => (ASTNode)definition, StringComparer.Ordinal);

    private static string Kind(ASTNode node) => node.Kind.ToString();
}

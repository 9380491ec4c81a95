using GraphQLParser.AST;

namespace Goals.Api.Tests.Contract;

/// <summary>The member-by-member half of <see cref="SchemaContract"/>.</summary>
internal static class TypeComparison
{
    public static void Compare(string name, ASTNode expected, ASTNode actual, List<string> violations)
    {
        switch (expected, actual)
        {
            case (GraphQLObjectTypeDefinition e, GraphQLObjectTypeDefinition a):
                CompareInterfaces(name, e.Interfaces, a.Interfaces, violations);
                CompareFields(name, e.Fields, a.Fields, violations);
                break;
            case (GraphQLInterfaceTypeDefinition e, GraphQLInterfaceTypeDefinition a):
                CompareFields(name, e.Fields, a.Fields, violations);
                break;
            case (GraphQLInputObjectTypeDefinition e, GraphQLInputObjectTypeDefinition a):
                CompareInputs($"{name}", e.Fields?.Items, a.Fields?.Items, violations);
                break;
            case (GraphQLEnumTypeDefinition e, GraphQLEnumTypeDefinition a):
                Missing(name, "value", Names(e.Values?.Items, v => v.Name), Names(a.Values?.Items, v => v.Name), violations);
                break;
            case (GraphQLUnionTypeDefinition e, GraphQLUnionTypeDefinition a):
                Missing(name, "member", Names(e.Types?.Items, t => t.Name), Names(a.Types?.Items, t => t.Name), violations);
                break;
        }
    }

    public static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Print(nonNull.Type) + "!",
        GraphQLListType list => "[" + Print(list.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static void CompareInterfaces(string name, GraphQLImplementsInterfaces? e, GraphQLImplementsInterfaces? a, List<string> violations) =>
        Missing(name, "interface", Names(e?.Items, i => i.Name), Names(a?.Items, i => i.Name), violations);

    private static void CompareFields(string type, GraphQLFieldsDefinition? expected, GraphQLFieldsDefinition? actual, List<string> violations)
    {
        var served = (actual?.Items ?? []).ToDictionary(f => f.Name.StringValue, StringComparer.Ordinal);
        foreach (var field in expected?.Items ?? [])
        {
            var path = $"{type}.{field.Name.StringValue}";
            if (!served.TryGetValue(field.Name.StringValue, out var servedField))
            {
                violations.Add($"field {path} is missing");
                continue;
            }

            if (!OutputCompatible(field.Type, servedField.Type))
            {
                violations.Add($"field {path} is {Print(servedField.Type)}, the contract says {Print(field.Type)}");
            }

            CompareInputs(path, field.Arguments?.Items, servedField.Arguments?.Items, violations);
        }
    }

    private static void CompareInputs(string owner, IEnumerable<GraphQLInputValueDefinition>? expected, IEnumerable<GraphQLInputValueDefinition>? actual, List<string> violations)
    {
        var served = (actual ?? []).ToDictionary(v => v.Name.StringValue, StringComparer.Ordinal);
        foreach (var input in expected ?? [])
        {
            var path = $"{owner}({input.Name.StringValue})";
            if (!served.TryGetValue(input.Name.StringValue, out var servedInput))
            {
                violations.Add($"input {path} is missing");
            }
            else if (Print(servedInput.Type) != Print(input.Type))
            {
                violations.Add($"input {path} is {Print(servedInput.Type)}, the contract says {Print(input.Type)}");
            }
        }

        var extraRequired = served.Values.Where(v => v.Type is GraphQLNonNullType && v.DefaultValue is null)
            .Select(v => v.Name.StringValue).Except((expected ?? []).Select(v => v.Name.StringValue), StringComparer.Ordinal);
        foreach (var extra in extraRequired)
        {
            violations.Add($"input {owner}({extra}) is required but not in the contract");
        }
    }

    // A served output type may drop nullability (String -> String!) at any level, nothing else.
    private static bool OutputCompatible(GraphQLType expected, GraphQLType served) => (expected, served) switch
    {
        (GraphQLNonNullType e, GraphQLNonNullType s) => OutputCompatible(e.Type, s.Type),
        (GraphQLNonNullType, _) => false,
        (_, GraphQLNonNullType s) => OutputCompatible(expected, s.Type),
        (GraphQLListType e, GraphQLListType s) => OutputCompatible(e.Type, s.Type),
        (GraphQLNamedType e, GraphQLNamedType s) => e.Name.StringValue == s.Name.StringValue,
        _ => false,
    };

    private static IEnumerable<string> Names<T>(IEnumerable<T>? items, Func<T, GraphQLName> name) =>
        (items ?? []).Select(item => name(item).StringValue);

    private static void Missing(string owner, string what, IEnumerable<string> expected, IEnumerable<string> actual, List<string> violations) =>
        violations.AddRange(expected.Except(actual, StringComparer.Ordinal).Select(name => $"{what} {name} of {owner} is missing"));
}

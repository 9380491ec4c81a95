using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Goals.Api.Tests.Architecture;

/// <summary>
/// Which folder of an assembly uses which, read from its compiled IL (signatures, attributes and method bodies), so a
/// dependency counts whether it is spelled with a <c>using</c>, a qualified name or not at all (a lambda's closure,
/// an async state machine). A folder is the first namespace part under <see cref="Root"/>.
/// </summary>
public sealed class FolderGraph
{
    private readonly Dictionary<string, Dictionary<string, string>> _edges = new(StringComparer.Ordinal);

    private FolderGraph(string root) => Root = root;

    public string Root { get; }

    /// <summary>Folder → used folder → one example "Type → Type" that makes the edge.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> Edges => _edges;

    public static FolderGraph Read(string assemblyPath, string root)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var graph = new FolderGraph(root);
        foreach (var type in module.GetTypes())
        {
            if (graph.FolderOf(type) is { } from)
            {
                foreach (var used in References(type))
                {
                    graph.Add(from, type, used);
                }
            }
        }

        return graph;
    }

    public bool DependsOn(string from, string to) => _edges.TryGetValue(from, out var targets) && targets.ContainsKey(to);

    /// <summary>The groups of folders that reach each other (strongly connected components of two or more).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles() => StronglyConnected.Components(
        _edges.Keys.Concat(_edges.Values.SelectMany(targets => targets.Keys)).Distinct(StringComparer.Ordinal),
        folder => _edges.TryGetValue(folder, out var targets) ? targets.Keys : []);

    private void Add(string from, TypeDefinition user, TypeReference used)
    {
        foreach (var part in Parts(used))
        {
            if (part.Module == user.Module && part.Scope == user.Module && FolderOf(part) is { } to && to != from)
            {
                if (!_edges.TryGetValue(from, out var targets))
                {
                    _edges[from] = targets = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                targets.TryAdd(to, $"{user.FullName} → {part.FullName}");
            }
        }
    }

    private string? FolderOf(TypeReference type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        var prefix = Root + ".";
        return type.Namespace.StartsWith(prefix, StringComparison.Ordinal)
            ? type.Namespace[prefix.Length..].Split('.')[0]
            : null;
    }

    /// <summary>A type and every type it is built from: element types, generic arguments.</summary>
    private static IEnumerable<TypeReference> Parts(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                foreach (var part in Parts(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Parts)))
                    yield return part;
                break;
            case TypeSpecification specification:
                foreach (var part in Parts(specification.ElementType))
                    yield return part;
                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }

    private static IEnumerable<TypeReference> References(TypeDefinition type)
    {
        if (type.BaseType is { } baseType)
            yield return baseType;
        foreach (var implemented in type.Interfaces)
            yield return implemented.InterfaceType;
        foreach (var attribute in Attributes(type))
            yield return attribute;
        foreach (var field in type.Fields)
            yield return field.FieldType;
        foreach (var property in type.Properties)
            yield return property.PropertyType;
        foreach (var method in type.Methods)
        {
            foreach (var used in MethodReferences(method))
                yield return used;
        }
    }

    private static IEnumerable<TypeReference> Attributes(ICustomAttributeProvider provider) =>
        provider.HasCustomAttributes ? provider.CustomAttributes.Select(attribute => attribute.AttributeType) : [];

    private static IEnumerable<TypeReference> MethodReferences(MethodDefinition method)
    {
        yield return method.ReturnType;
        foreach (var parameter in method.Parameters)
            yield return parameter.ParameterType;
        foreach (var attribute in Attributes(method))
            yield return attribute;
        if (!method.HasBody)
            yield break;
        foreach (var variable in method.Body.Variables)
            yield return variable.VariableType;
        foreach (var instruction in method.Body.Instructions)
        {
            foreach (var used in Operand(instruction))
                yield return used;
        }
    }

    private static IEnumerable<TypeReference> Operand(Instruction instruction)
    {
        switch (instruction.Operand)
        {
            case TypeReference type:
                yield return type;
                break;
            case FieldReference field:
                yield return field.DeclaringType;
                yield return field.FieldType;
                break;
            case MethodReference called:
                yield return called.DeclaringType;
                yield return called.ReturnType;
                foreach (var parameter in called.Parameters)
                    yield return parameter.ParameterType;
                if (called is GenericInstanceMethod generic)
                {
                    foreach (var argument in generic.GenericArguments)
                        yield return argument;
                }

                break;
        }
    }
}

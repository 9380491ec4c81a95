using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQL.Validation.Complexity;

namespace Goals.Server.Schema;

/// <summary>
/// Makes the schema answer the full introspection query of graphql-js 16 (<c>getIntrospectionQuery</c> with every
/// option), which GraphiQL and code generators send. GraphQL.NET 8 serves <c>isRepeatable</c> and input value
/// deprecation once switched on (<see cref="Enable"/>); this visitor adds what it lacks: <c>__Type.specifiedByURL</c>
/// (always null: GraphQL.NET 8 has no <c>@specifiedBy</c>, so no scalar can name a specification) and
/// <c>includeDeprecated</c> on <c>__Directive.args</c>. It also makes <c>__Schema.types</c> and <c>__Schema.directives</c> cost 1 like every
/// other introspection field, instead of multiplying by the size of the schema.
/// </summary>
public sealed class IntrospectionCompletion : BaseSchemaNodeVisitor
{
    /// <summary>Switches the schema's features on and registers the visitor; call before the schema initializes.</summary>
    public static void Enable(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        schema.RegisterVisitor(new IntrospectionCompletion());
    }

    public override void VisitSchema(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var types = schema.AllTypes;
        var type = (IComplexGraphType)types["__Type"]!;
        type.AddField(new FieldType
        {
            Name = "specifiedByURL",
            Description = "The URL of the specification of a custom scalar; this server declares none.",
            ResolvedType = types["String"],
            Resolver = new FuncFieldResolver<object?>(_ => null),
        });

        var args = ((IComplexGraphType)types["__Directive"]!).GetField("args")!;
        args.Arguments ??= [];
        args.Arguments.Add(new QueryArgument(types["Boolean"]!) { Name = "includeDeprecated", DefaultValue = false });
        args.Resolver = new FuncFieldResolver<object?>(context =>
        {
            var includeDeprecated = context.GetArgument<bool>("includeDeprecated");
            return ((Directive)context.Source!).Arguments?
                .Where(argument => includeDeprecated || string.IsNullOrWhiteSpace(argument.DeprecationReason))
                .ToList() ?? [];
        });

        var schemaType = (IComplexGraphType)types["__Schema"]!;
        schemaType.GetField("types")!.WithComplexityImpact(1, 1);
        schemaType.GetField("directives")!.WithComplexityImpact(1, 1);
    }
}

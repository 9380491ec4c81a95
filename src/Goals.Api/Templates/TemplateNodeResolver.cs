using Goals.Api.GraphQL;
using Goals.Server.Relay;
using GraphQL;

namespace Goals.Api.Templates;

/// <summary><c>node(id)</c> for templates: the catalog is the same for every signed-in user.</summary>
public sealed class TemplateNodeResolver : INodeResolver
{
    public string TypeName => GoalTemplate.TypeName;

    public Task<IReadOnlyDictionary<string, object>> ResolveAsync(
        IReadOnlyList<string> keys, IResolveFieldContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _ = context.UserId();
        IReadOnlyDictionary<string, object> found = keys
            .Select(TemplateCatalog.Find)
            .OfType<GoalTemplate>()
            .ToDictionary(template => template.Slug, template => (object)template, StringComparer.Ordinal);
        return Task.FromResult(found);
    }
}

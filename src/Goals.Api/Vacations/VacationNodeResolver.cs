using Goals.Api.GraphQL;
using Goals.Server.Relay;
using GraphQL;

namespace Goals.Api.Vacations;

/// <summary><c>node(id)</c> for vacations: one read of the caller's vacations for all ids; others' are absent.</summary>
public sealed class VacationNodeResolver(VacationService vacations) : INodeResolver
{
    public string TypeName => VacationIds.TypeName;

    public async Task<IReadOnlyDictionary<string, object>> ResolveAsync(
        IReadOnlyList<string> keys, IResolveFieldContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var own = await vacations.ListAsync(context.UserId(), cancellationToken);
        return own.Where(vacation => keys.Contains(vacation.Id, StringComparer.Ordinal))
            .ToDictionary(vacation => vacation.Id, vacation => (object)vacation, StringComparer.Ordinal);
    }
}

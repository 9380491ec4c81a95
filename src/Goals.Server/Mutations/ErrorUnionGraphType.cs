using GraphQL.Types;

namespace Goals.Server.Mutations;

/// <summary>
/// Base for the union of the domain errors one mutation can report, declared in one line:
/// <c>sealed class AddBookErrorType() : ErrorUnionGraphType("AddBookError", typeof(DuplicateTitleErrorType));</c>
/// </summary>
public abstract class ErrorUnionGraphType : UnionGraphType
{
    protected ErrorUnionGraphType(string name, params Type[] errorTypes)
    {
        ArgumentNullException.ThrowIfNull(errorTypes);
        Name = name;
        Description = $"The errors {name.Replace("Error", string.Empty, StringComparison.Ordinal)} can report.";
        foreach (var errorType in errorTypes)
            Type(errorType);
    }
}

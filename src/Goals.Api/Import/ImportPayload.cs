using Goals.Server.Mutations;
using GraphQL.Types;

namespace Goals.Api.Import;

/// <summary>One row (or the whole file, without file and line) that was not imported, and why.</summary>
/// <param name="Line">The 1-based line in <paramref name="File"/>, when known.</param>
public sealed record ImportRowError(string Message, string? File, int? Line) : IUserError;

/// <param name="Skipped">Rows already stored by an earlier import of the same data (nothing new was written for them).</param>
public sealed record ImportDataPayload(int ImportedGoals, int ImportedActivities, int Skipped, IReadOnlyList<ImportRowError>? Errors) : IMutationPayload
{
    IReadOnlyList<IUserError>? IMutationPayload.Errors => Errors;
}

public sealed class ImportRowErrorType : ErrorGraphType<ImportRowError>
{
    public ImportRowErrorType()
    {
        Name = "ImportRowError";
        Description = "A row that was not imported, or (without file and line) a file that was refused as a whole.";
        Field(error => error.File, nullable: true).Description("The file, e.g. `Checkmarks.csv`; `content` for the JSON import.");
        Field(error => error.Line, nullable: true).Description("The 1-based line in the file.");
    }
}

public sealed class ImportDataPayloadType : ObjectGraphType<ImportDataPayload>
{
    public ImportDataPayloadType()
    {
        Name = "ImportDataPayload";
        Field(payload => payload.ImportedGoals).Description("Goals created by this import.");
        Field(payload => payload.ImportedActivities).Description("Activities stored by this import.");
        Field(payload => payload.Skipped).Description("Goals and activities already there from an earlier import of the same data.");
        Field<ListGraphType<NonNullGraphType<ImportRowErrorType>>>("errors")
            .Description("Rows not imported, with file and line; null when every row was imported or skipped.")
            .Resolve(context => context.Source.Errors is { Count: > 0 } errors ? errors : null);
    }
}

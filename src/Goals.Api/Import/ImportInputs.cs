using GraphQL.Types;

namespace Goals.Api.Import;

public enum ImportFormat { Json, LoopCsv }

public sealed record ImportFileInput(string Name, string Content);

/// <param name="Content">The file for JSON (the server's own export).</param>
/// <param name="Files">The files for LOOP_CSV: <c>Habits.csv</c> and <c>Checkmarks.csv</c> of a Loop Habit Tracker backup.</param>
public sealed record ImportDataInput(ImportFormat Format, string? Content, IReadOnlyList<ImportFileInput>? Files);

public sealed class ImportFormatGraphType : EnumerationGraphType<ImportFormat>
{
    public ImportFormatGraphType() => Name = "ImportFormat";
}

public sealed class ImportFileInputType : InputObjectGraphType<ImportFileInput>
{
    public ImportFileInputType()
    {
        Name = "ImportFileInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The file's name, e.g. `Habits.csv`.");
        Field<NonNullGraphType<StringGraphType>>("content").Description("The file's text.");
    }
}

public sealed class ImportDataInputType : InputObjectGraphType<ImportDataInput>
{
    public ImportDataInputType()
    {
        Name = "ImportDataInput";
        Description = "A file to import: JSON takes `content`, LOOP_CSV takes `files` (Habits.csv and Checkmarks.csv).";
        Field<NonNullGraphType<ImportFormatGraphType>>("format");
        Field<StringGraphType>("content").Description("The server's own JSON export (format JSON).");
        Field<ListGraphType<NonNullGraphType<ImportFileInputType>>>("files").Description("The files of a LOOP_CSV import.");
    }
}

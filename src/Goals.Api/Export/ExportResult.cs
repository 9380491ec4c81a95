using GraphQL.Types;

namespace Goals.Api.Export;

public enum ExportFormat { Json, Csv }

/// <param name="Content">The whole file as text.</param>
public sealed record ExportResult(ExportFormat Format, string ContentType, string Content);

public sealed class ExportFormatGraphType : EnumerationGraphType<ExportFormat>
{
    public ExportFormatGraphType() => Name = "ExportFormat";
}

public sealed class ExportResultType : ObjectGraphType<ExportResult>
{
    public ExportResultType()
    {
        Name = "ExportResult";
        Description = "A file with all of the caller's goals and activities (formats: docs/api.md, Export).";
        Field<NonNullGraphType<ExportFormatGraphType>>("format").Resolve(context => context.Source.Format);
        Field(result => result.ContentType).Description("The media type to save or serve the content with.");
        Field(result => result.Content).Description("The file's text.");
    }
}

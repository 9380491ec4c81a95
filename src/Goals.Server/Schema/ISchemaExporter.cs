namespace Goals.Server.Schema;

/// <summary>The served schema as SDL, for <c>?sdl</c>, for export to a file and for the schema snapshot test.</summary>
public interface ISchemaExporter
{
    /// <summary>The SDL with descriptions; the same schema always prints the same text.</summary>
    string Print();

    /// <summary>Writes <see cref="Print"/> to <paramref name="path"/> (UTF-8, LF line ends).</summary>
    Task ExportAsync(string path, CancellationToken cancellationToken);
}

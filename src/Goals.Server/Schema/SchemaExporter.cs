using System.Text;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Goals.Server.Schema;

/// <summary>Prints with GraphQL.NET's printer: descriptions and deprecations included, types in ordinal name order.</summary>
public sealed class SchemaExporter(ISchema schema) : ISchemaExporter
{
    private readonly Lazy<string> _sdl = new(() => Normalize(schema.Print(new PrintOptions
    {
        IncludeDescriptions = true,
        IncludeDeprecationReasons = true,
        StringComparison = StringComparison.Ordinal,
    })));

    public string Print() => _sdl.Value;

    public async Task ExportAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
            Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(path, Print(), new UTF8Encoding(false), cancellationToken);
    }

    private static string Normalize(string sdl) => sdl.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
}

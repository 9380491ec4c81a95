namespace Goals.Api.Tests.Schema;

/// <summary>A readable account of where an exported SDL and the served one part ways.</summary>
public static class SchemaDiff
{
    public static string Describe(string exported, string served)
    {
        var before = exported.Split('\n');
        var after = served.Split('\n');
        var line = 0;
        while (line < before.Length && line < after.Length && before[line] == after[line])
        {
            line++;
        }

        return $"""
            schema/schema.graphql differs from the served schema from line {line + 1}:
              file:   {(line < before.Length ? before[line] : "<end>")}
              served: {(line < after.Length ? after[line] : "<end>")}
            Review the change, then run: dotnet run --project src/Goals.Api -- schema export --output schema/schema.graphql
            """;
    }
}

using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MongoDB.Bson;
using MongoDB.Bson.IO;

namespace Goals.Storage.Tests.MongoDb.Wire;

/// <summary>
/// Compares the commands an operation sent with the reviewed file <c>MongoDb/Commands/&lt;name&gt;.json</c>. A missing
/// or different file fails the test and leaves the actual commands in <c>MongoDb/Commands/__mismatch__/</c> (git-ignored)
/// for review: accepting means moving that file over the reviewed one.
/// </summary>
internal static partial class CommandSnapshot
{
    // Per connection or per run, and unrelated to what the adapter asks for: sessions, cluster time, routing, database.
    private static readonly string[] Volatile = ["lsid", "$clusterTime", "txnNumber", "$db", "$readPreference", "apiVersion"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Directory([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(here)!)!, "Commands");

    /// <summary>Readable JSON of the commands; ids and lock tokens the store generated become numbered placeholders.</summary>
    public static string Render(IReadOnlyList<BsonDocument> commands)
    {
        var array = new BsonArray(commands.Select(command =>
        {
            var copy = command.DeepClone().AsBsonDocument;
            foreach (var name in Volatile)
            {
                copy.Remove(name);
            }

            return copy;
        }));
        var json = new BsonDocument("commands", array).ToJson(new JsonWriterSettings { OutputMode = JsonOutputMode.RelaxedExtendedJson });
        json = Placeholders(Placeholders(json, NewId(), "new-id"), LockToken(), "token");
        return JsonNode.Parse(json)!["commands"]!.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Null when the commands match the reviewed file; otherwise what to review, with the file written.</summary>
    public static string? Compare(string name, IReadOnlyList<BsonDocument> commands, string? directory = null)
    {
        directory ??= Directory();
        var actual = Render(commands);
        var reviewed = Path.Combine(directory, name + ".json");
        var mismatch = Path.Combine(directory, "__mismatch__", name + ".json");
        if (File.Exists(reviewed) && File.ReadAllText(reviewed).ReplaceLineEndings("\n") == actual)
        {
            if (File.Exists(mismatch))
            {
                File.Delete(mismatch);
            }

            return null;
        }

        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(mismatch)!);
        File.WriteAllText(mismatch, actual);
        return File.Exists(reviewed)
            ? $"The commands of '{name}' differ from {reviewed}; review {mismatch} and move it over the reviewed file to accept."
            : $"'{name}' has no reviewed commands yet; review {mismatch} and move it to {reviewed} to accept.\n{actual}";
    }

    private static string Placeholders(string json, Regex pattern, string label)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        return pattern.Replace(json, match =>
        {
            if (!seen.TryGetValue(match.Value, out var placeholder))
            {
                placeholder = $"<{label}-{seen.Count + 1}>";
                seen.Add(match.Value, placeholder);
            }

            return placeholder;
        });
    }

    /// <summary>A ULID from the store's <see cref="IdGenerator"/>; the tests' own ids are readable words.</summary>
    [GeneratedRegex(@"\b[0-9A-HJKMNP-TV-Z]{26}\b")]
    private static partial Regex NewId();

    /// <summary>The sync lock token: a GUID without dashes.</summary>
    [GeneratedRegex(@"\b[0-9a-f]{32}\b")]
    private static partial Regex LockToken();
}

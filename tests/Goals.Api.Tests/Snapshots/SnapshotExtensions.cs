using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Goals.Api.Tests.Snapshots;

/// <summary>
/// Snapshots live in <c>__snapshots__</c> beside the test file; a mismatch writes the new answer to
/// <c>__snapshots__/__mismatch__/</c> (git-ignored) and the assertion shows the diff. To accept an intended change, delete the
/// .snap file and run the test again: it is written anew; review it with git diff before committing.
/// </summary>
public static class SnapshotExtensions
{
    /// <summary>Matches the normalized answer as indented JSON, so a change shows as a line diff.</summary>
    public static void MatchAnswerSnapshot(this JsonNode answer, string? name = null)
    {
        var json = JToken.Parse(AnswerNormalizer.Normalize(answer).ToJsonString());
        if (name is null)
            Snapshot.Match(json);
        else
            Snapshot.Match(json, SnapshotNameExtension.Create(name));
    }
}

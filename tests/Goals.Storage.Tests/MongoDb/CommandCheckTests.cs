using Goals.Storage.Tests.MongoDb.Wire;
using MongoDB.Bson;

namespace Goals.Storage.Tests.MongoDb;

/// <summary>The two checks every command test relies on, shown to refuse what they exist to catch.</summary>
public sealed class CommandCheckTests
{
    private static readonly IReadOnlyList<IndexDefinition> Catalog = IndexCoverage.Catalog(
    [
        BsonDocument.Parse("""
            { createIndexes: "pauses", indexes: [{ key: { user_id: 1, goal_id: 1, from_date: 1 }, name: "u_g_f" }] }
            """),
        BsonDocument.Parse("""
            { createIndexes: "activities", indexes: [
                { key: { goal_id: 1, date: 1, occurred_at: 1, _id: 1 }, name: "g_d_o_id" },
                { key: { dirty: 1 }, name: "dirty", partialFilterExpression: { dirty: true } }] }
            """),
    ]);

    [Theory]
    [InlineData("""{ find: "pauses", filter: { user_id: "u", goal_id: null }, sort: { from_date: 1, _id: 1 } }""", "does not provide the sort (from_date, _id)")]
    [InlineData("""{ find: "activities", filter: { note: "x" } }""", "its first key goal_id is neither bounded nor sorted on")]
    [InlineData("""{ find: "activities", filter: { goal_id: "g" }, sort: { date: -1, occurred_at: 1 } }""", "mixes directions")]
    [InlineData("""{ find: "activities", filter: { dirty: { $ne: false } } }""", "does not repeat the partial filter")]
    [InlineData(
        """{ find: "activities", filter: { goal_id: "g", $or: [{ date: { $lt: "2026-11-20" } }, { date: "2026-11-20", _id: { $lt: "a" } }] }, sort: { date: -1, occurred_at: -1, _id: -1 } }""",
        "an $or names date but nothing bounds it at top level")]
    [InlineData("""{ delete: "activities", deletes: [{ q: { owner_id: "u" }, limit: 0 }] }""", "neither bounded nor sorted on")]
    public void A_query_no_index_serves_is_refused_with_the_reason(string command, string reason)
    {
        var query = Assert.Single(QueryShape.From(BsonDocument.Parse(command)));

        var (index, why) = IndexCoverage.Serve(query, Catalog, sortInMemory: false);

        Assert.Null(index);
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ find: "activities", filter: { goal_id: "g", date: { $lte: "2026-11-20" }, $or: [{ date: { $lt: "2026-11-20" } }] }, sort: { date: -1, occurred_at: -1, _id: -1 } }""", "g_d_o_id")]
    [InlineData("""{ find: "activities", filter: { dirty: true }, projection: { _id: 1 } }""", "dirty")]
    [InlineData("""{ update: "activities", updates: [{ q: { _id: "a", sync_lock: "t" }, u: { $unset: { dirty: 1 } } }] }""", "_id_")]
    [InlineData("""{ find: "pauses", filter: { user_id: "u", goal_id: { $in: ["g", null] } }, sort: { from_date: 1 } }""", "u_g_f")]
    public void A_query_an_index_serves_names_that_index(string command, string expected)
    {
        var query = Assert.Single(QueryShape.From(BsonDocument.Parse(command)));

        Assert.Equal(expected, IndexCoverage.Serve(query, Catalog, sortInMemory: false).Index);
    }

    [Fact]
    public void Sorting_in_memory_still_needs_an_equality_prefix()
    {
        var bounded = Assert.Single(QueryShape.From(BsonDocument.Parse("""{ find: "pauses", filter: { user_id: "u" }, sort: { _id: 1 } }""")));
        var unbounded = Assert.Single(QueryShape.From(BsonDocument.Parse("""{ find: "pauses", filter: { goal_id: "g" }, sort: { _id: 1 } }""")));

        Assert.Equal("u_g_f", IndexCoverage.Serve(bounded, Catalog, sortInMemory: true).Index);
        Assert.Null(IndexCoverage.Serve(unbounded, Catalog, sortInMemory: true).Index);
    }

    [Fact]
    public void A_missing_or_different_reviewed_file_fails_and_leaves_the_actual_commands_for_review()
    {
        var directory = Directory.CreateTempSubdirectory("goals-command-snapshots-").FullName;
        try
        {
            BsonDocument[] commands = [BsonDocument.Parse("""{ find: "goals", filter: { _id: "g" }, lsid: { id: 1 }, $db: "x" }""")];
            var missing = CommandSnapshot.Compare("goals.Get", commands, directory);
            var written = Path.Combine(directory, "__mismatch__", "goals.Get.json");
            File.Move(written, Path.Combine(directory, "goals.Get.json"));
            var accepted = CommandSnapshot.Compare("goals.Get", commands, directory);
            var differing = CommandSnapshot.Compare("goals.Get", [BsonDocument.Parse("""{ find: "goals", filter: { _id: "h" } }""")], directory);

            Assert.Contains("has no reviewed commands yet", missing, StringComparison.Ordinal);
            Assert.Null(accepted);
            Assert.Contains("differ from", differing, StringComparison.Ordinal);
            Assert.Contains("\"h\"", File.ReadAllText(written), StringComparison.Ordinal);
            Assert.DoesNotContain("lsid", File.ReadAllText(Path.Combine(directory, "goals.Get.json")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

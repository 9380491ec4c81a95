namespace Goals.Storage.Tests.MongoDb;

/// <summary>
/// The only queries allowed to sort in memory, each with why its row count stays small. Their rows must still come
/// from an index's equality prefix (see <see cref="Wire.IndexCoverage"/>); nothing here scans a collection.
/// </summary>
internal static class SortedInMemory
{
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["goals.List.two-sort-fields"] =
            "a goal list sorted by two or more fields (any of 12 orders) has one index per single field only; it sorts "
            + "one owner's goals, at most Goals:MaxGoalsPerUser that are not archived plus the archived ones",
    };

    public static bool Allows(string snapshotName) => Reasons.ContainsKey(snapshotName);
}

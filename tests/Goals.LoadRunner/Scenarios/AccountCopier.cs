using System.Text;
using Microsoft.Data.Sqlite;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// Makes accounts 1…N-1 copies of account 0 in a stopped server's SQLite file: every row that belongs to the template
/// user (by <c>owner_id</c>, <c>user_id</c>, or a goal of theirs) is inserted again under the copy's user id, with new
/// ids for its goals, activities, pauses and notifications. Versions, day totals and checkpoints are copied as they
/// are, so the server finds each copy in the state the API left the template in, at one insert per table and copy
/// batch instead of a few hundred requests per account.
/// </summary>
public sealed class AccountCopier(string databasePath, TextWriter output)
{
    private const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    // Columns that hold a row id of the template's (its own or a goal's) and get the copy's id instead.
    private static readonly HashSet<string> IdColumns = ["id", "goal_id"];
    private static readonly HashSet<string> UserColumns = ["owner_id", "user_id"];

    // Text that names the row's goal: a notification's once-only key and its payload (the goal's global id).
    private static readonly HashSet<string> GoalReferenceColumns = ["unique_key", "data"];

    public int Copy(string templateUserId, int from, int to, Func<int, string> userId)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        connection.CreateFunction("copy_user", (long copy) => userId((int)copy));
        connection.CreateFunction("copy_id", (string? id, long copy) => CopyId(id, copy));
        connection.CreateFunction("copy_goal_refs", (string? text, string? goalId, long copy) => CopyGoalReferences(text, goalId, copy));
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;");

        Execute(connection, "BEGIN;");
        Execute(connection, $"CREATE TEMP TABLE copies (n INTEGER PRIMARY KEY); WITH RECURSIVE c(n) AS (SELECT {from} UNION ALL SELECT n + 1 FROM c WHERE n + 1 < {to}) INSERT INTO copies SELECT n FROM c;");
        var rows = 0;
        foreach (var table in Tables(connection))
        {
            var columns = Columns(connection, table);
            var filter = Filter(table, columns);
            if (filter is null)
            {
                continue; // not an account's row: job leases, schema versions, aggregates
            }

            var values = columns.Select(column =>
                table == "users" && column == "id" ? "copy_user(copies.n)"
                : UserColumns.Contains(column) ? "copy_user(copies.n)"
                : IdColumns.Contains(column) ? $"copy_id(t.{column}, copies.n)"
                : GoalReferenceColumns.Contains(column) && columns.Contains("goal_id") ? $"copy_goal_refs(t.{column}, t.goal_id, copies.n)"
                : $"t.{column}");
            using var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {string.Join(", ", values)} FROM {table} t, copies WHERE {filter}";
            insert.Parameters.AddWithValue("$template", templateUserId);
            var inserted = insert.ExecuteNonQuery();
            output.WriteLine($"{table}: {inserted} rows");
            rows += inserted;
        }

        Execute(connection, "COMMIT;");
        return rows;
    }

    /// <summary>
    /// The copy's id for a template id: a ULID whose first five random characters (the bits after its 48-bit
    /// millisecond part) are the copy's number. The template's ids differ in their time or their last bits (ids made in
    /// one millisecond count up from the previous one), so the copies' ids stay unique, and they sort like the
    /// template's.
    /// </summary>
    public static string? CopyId(string? id, long copy)
    {
        if (id is null)
        {
            return null;
        }

        var number = new char[5];
        for (var i = 4; i >= 0; i--, copy >>= 5)
        {
            number[i] = Crockford[(int)(copy & 31)];
        }

        return string.Concat(id.AsSpan(0, 10), number, id.AsSpan(15));
    }

    /// <summary>The text with the template goal's id, raw or as its GraphQL global id, replaced by the copy's.</summary>
    public static string? CopyGoalReferences(string? text, string? goalId, long copy)
    {
        if (text is null || goalId is null)
        {
            return text;
        }

        var copyId = CopyId(goalId, copy)!;
        return text.Replace(goalId, copyId, StringComparison.Ordinal)
            .Replace(GlobalId(goalId), GlobalId(copyId), StringComparison.Ordinal);
    }

    private static string GlobalId(string goalId) => Convert.ToBase64String(Encoding.UTF8.GetBytes("Goal:" + goalId));

    private static string? Filter(string table, IReadOnlyList<string> columns) =>
        table == "users" ? "t.id = $template"
        : columns.Contains("owner_id") ? "t.owner_id = $template"
        : columns.Contains("user_id") ? "t.user_id = $template"
        : columns.Contains("goal_id") ? "t.goal_id IN (SELECT id FROM goals WHERE owner_id = $template)"
        : null;

    private static List<string> Tables(SqliteConnection connection) =>
        Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");

    private static List<string> Columns(SqliteConnection connection, string table) =>
        Strings(connection, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid");

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

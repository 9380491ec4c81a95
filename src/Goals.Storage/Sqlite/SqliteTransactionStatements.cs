using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Goals.Storage.Sqlite;

/// <summary>
/// Transactions as plain statements on the connection's kept commands (<see cref="SqlitePreparedCommands"/>).
/// <see cref="SqliteConnection.BeginTransaction()"/> compiles a new BEGIN, COMMIT or SAVEPOINT command each time and
/// registers a rollback hook: about 1 KB allocated per statement, and every request opens at least one transaction.
/// Commands run inside need no transaction object: Microsoft.Data.Sqlite only checks that a command's transaction is
/// the connection's, and the connection has none.
/// </summary>
internal static class SqliteTransactionStatements
{
    private const string SavepointSql = "SAVEPOINT \"write\";";
    private const string RollbackToSavepointSql = "ROLLBACK TO SAVEPOINT \"write\";";
    private const string ReleaseSavepointSql = "RELEASE SAVEPOINT \"write\";";

    /// <summary>BEGIN IMMEDIATE takes the write lock before the first read; a deferred BEGIN reads one snapshot.</summary>
    public static void Begin(SqliteConnection connection, bool immediate) =>
        Execute(connection, immediate ? "BEGIN IMMEDIATE;" : "BEGIN;");

    public static void Commit(SqliteConnection connection) => Execute(connection, "COMMIT;");

    /// <summary>
    /// Undoes whatever the transaction did, if it is still open: SQLite may have rolled it back by itself (a full
    /// disk, an interrupted statement). A failing ROLLBACK is left to the pool, which closes a connection that is
    /// not back in autocommit mode, so the caller's own failure is the one reported.
    /// </summary>
    public static void RollbackIfOpen(SqliteConnection connection)
    {
        if (!InTransaction(connection))
        {
            return;
        }

        try
        {
            Execute(connection, "ROLLBACK;");
        }
        catch (SqliteException)
        {
            // The connection stays in its transaction and is closed on return (SqliteConnectionPool.IsClean).
        }
    }

    /// <summary>A savepoint for one write of a group; one name serves all, since a group's writes run one by one.</summary>
    public static void BeginSavepoint(SqliteConnection connection) => Execute(connection, SavepointSql);

    public static void RollbackToSavepoint(SqliteConnection connection) => Execute(connection, RollbackToSavepointSql);

    public static void ReleaseSavepoint(SqliteConnection connection) => Execute(connection, ReleaseSavepointSql);

    public static bool InTransaction(SqliteConnection connection) =>
        connection.Handle is { } handle && raw.sqlite3_get_autocommit(handle) == 0;

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var lease = connection.Command(sql);
        lease.Command.ExecuteNonQuery();
    }
}

using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Goals.Storage.Sqlite;

/// <summary>
/// The commands of one long-lived connection, kept with their compiled statements and keyed by SQL text. Compiling a
/// statement (parsing and planning it) costs as much as running a small one, and every request runs the same few
/// dozen statements; a command run again with the same text reuses what it compiled.
/// </summary>
/// <remarks>
/// A connection is used by one caller at a time, so the map needs no lock. A command is taken out while it runs and
/// put back after, so a statement that runs again while its own reader is still open (nested use) gets a fresh
/// command. Texts built at run time (IN lists, filters) are bounded by <see cref="MaxCommands"/>: past it, commands
/// are used once and disposed, as before.
/// </remarks>
internal sealed class SqlitePreparedCommands : IDisposable
{
    private const int MaxCommands = 256;
    private static readonly ConditionalWeakTable<SqliteConnection, SqlitePreparedCommands> Owners = [];

    private readonly Dictionary<string, SqliteCommand> _idle = new(StringComparer.Ordinal);
    private readonly SqliteConnection _connection;
    private bool _disposed;

    private SqlitePreparedCommands(SqliteConnection connection) => _connection = connection;

    /// <summary>Gives <paramref name="connection"/> a command cache for the rest of its life.</summary>
    public static SqlitePreparedCommands Attach(SqliteConnection connection)
    {
        var commands = new SqlitePreparedCommands(connection);
        Owners.AddOrUpdate(connection, commands);
        return commands;
    }

    /// <summary>The cache of <paramref name="connection"/>, or null for a connection opened without one.</summary>
    public static SqlitePreparedCommands? Of(SqliteConnection connection) =>
        Owners.TryGetValue(connection, out var commands) ? commands : null;

    /// <summary>How many commands wait for their text to run again (at most <see cref="MaxCommands"/>).</summary>
    public int Kept => _idle.Count;

    /// <summary>A command for <paramref name="sql"/>: the kept one when it is free, else a new one.</summary>
    public SqliteCommand Rent(string sql) => _idle.Remove(sql, out var command) ? command : Create(_connection, sql);

    /// <summary>A new command for <paramref name="sql"/> on <paramref name="connection"/>, kept by nobody.</summary>
    public static SqliteCommand Create(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // SQL text is composed only from constants and enum-derived column names.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }

    /// <summary>Keeps <paramref name="command"/> for the next caller of the same text, or disposes it.</summary>
    public void Return(SqliteCommand command)
    {
        command.Transaction = null;
        command.Parameters.Clear();
        if (_disposed || _idle.Count >= MaxCommands || !_idle.TryAdd(command.CommandText, command))
        {
            command.Dispose();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var command in _idle.Values)
        {
            command.Dispose();
        }

        _idle.Clear();
        Owners.Remove(_connection);
    }
}

using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Goals.Storage.Sqlite;

/// <summary>
/// The commands of one long-lived connection, kept with their compiled statements and keyed by SQL text. Compiling a
/// statement (parsing and planning it) costs as much as running a small one, and every request runs the same few
/// dozen statements; a command run again with the same text reuses what it compiled.
/// </summary>
/// <remarks>
/// A connection is used by one caller at a time, so the cache needs no lock. A command is taken out while it runs and
/// put back after, so a statement that runs again while its own reader is still open (nested use) gets a fresh
/// command, and a command in use is never evicted. At most <see cref="MaxCommands"/> are kept, as a segmented LRU:
/// a new text waits in a probation segment and is promoted to the protected one when it is used again. Texts built at
/// run time (IN lists, filters; an abusive client's churn) are mostly used once, so they evict one another from
/// probation and never the statements every request runs, and a hot statement first seen late still finds room.
/// </remarks>
internal sealed class SqlitePreparedCommands : IDisposable
{
    private const int MaxCommands = 256;

    // Three quarters for statements used more than once; the rest is where new texts wait for their second use.
    private const int MaxProtected = MaxCommands * 3 / 4;
    private static readonly ConditionalWeakTable<SqliteConnection, SqlitePreparedCommands> Owners = [];

    private readonly Dictionary<string, LinkedListNode<SqliteCommand>> _idle = new(StringComparer.Ordinal);
    private readonly LinkedList<SqliteCommand> _probation = new(); // most recently returned first
    private readonly LinkedList<SqliteCommand> _protected = new();
    // Out of the cache now (used at least twice), with the node it goes back in on: no new node per run.
    private readonly Dictionary<SqliteCommand, LinkedListNode<SqliteCommand>> _rentedKept = [];
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
    public SqliteCommand Rent(string sql)
    {
        if (!_idle.Remove(sql, out var node))
        {
            return Create(_connection, sql);
        }

        node.List!.Remove(node);
        _rentedKept.Add(node.Value, node);
        return node.Value;
    }

    /// <summary>A new command for <paramref name="sql"/> on <paramref name="connection"/>, kept by nobody.</summary>
    public static SqliteCommand Create(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // SQL text is composed only from constants and enum-derived column names.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }

    /// <summary>
    /// Keeps <paramref name="command"/> for the next caller of the same text, evicting the least recently used command
    /// of probation (else of the protected segment) when full; disposes it when its text is kept already.
    /// </summary>
    public void Return(SqliteCommand command)
    {
        command.Transaction = null;
        ForgetValues(command.Parameters);
        var usedAgain = _rentedKept.Remove(command, out var node);
        if (_disposed || _idle.ContainsKey(command.CommandText))
        {
            command.Dispose();
            return;
        }

        node ??= new LinkedListNode<SqliteCommand>(command);
        (usedAgain ? _protected : _probation).AddFirst(node);
        _idle.Add(command.CommandText, node);
        if (_protected.Count > MaxProtected)
        {
            var demoted = _protected.Last!;
            _protected.RemoveLast();
            _probation.AddFirst(demoted);
        }

        if (_idle.Count > MaxCommands)
        {
            var segment = _probation.Count > 0 ? _probation : _protected;
            var evicted = segment.Last!.Value;
            segment.RemoveLast();
            _idle.Remove(evicted.CommandText);
            evicted.Dispose();
        }
    }

    /// <summary>
    /// Keeps the parameters, which the next run of the same text names again (<see cref="SqliteCommands.Command"/>
    /// reuses them), but not their values: no request's data outlives it, and a value the next caller does not set
    /// cannot be bound (Microsoft.Data.Sqlite refuses a parameter whose value is null).
    /// </summary>
    private static void ForgetValues(SqliteParameterCollection parameters)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            parameters[i].Value = null;
        }
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var node in _idle.Values)
        {
            node.Value.Dispose();
        }

        _idle.Clear();
        _probation.Clear();
        _protected.Clear();
        _rentedKept.Clear();
        Owners.Remove(_connection);
    }
}

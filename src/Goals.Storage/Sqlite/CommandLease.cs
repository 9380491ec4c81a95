using Microsoft.Data.Sqlite;

namespace Goals.Storage.Sqlite;

/// <summary>A command in use: disposing it gives a kept command back to its connection's cache, or disposes a new one.</summary>
internal readonly struct CommandLease(SqliteCommand command, SqlitePreparedCommands? owner) : IDisposable
{
    public SqliteCommand Command => command;

    public void Dispose()
    {
        if (owner is null)
        {
            command.Dispose();
        }
        else
        {
            owner.Return(command);
        }
    }
}

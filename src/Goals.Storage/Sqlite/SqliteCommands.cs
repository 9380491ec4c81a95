using Microsoft.Data.Sqlite;

namespace Goals.Storage.Sqlite;

/// <summary>Every statement goes through here: SQL text from code, every value a parameter.</summary>
internal static class SqliteCommands
{
    /// <summary>
    /// A command for <paramref name="sql"/> with these values bound: on a pooled connection its kept, already compiled
    /// command (<see cref="SqlitePreparedCommands"/>), else a new one. Dispose the lease, not the command.
    /// </summary>
    public static CommandLease Command(
        this SqliteConnection connection, string sql,
        params IEnumerable<(string Name, object? Value)> parameters)
    {
        var owner = SqlitePreparedCommands.Of(connection);
        var command = owner?.Rent(sql) ?? SqlitePreparedCommands.Create(connection, sql);
        var kept = command.Parameters;
        var count = 0;
        foreach (var (name, value) in parameters)
        {
            // A kept command's text names the same parameters as last time: their objects are set again, not made anew.
            if (count < kept.Count && string.Equals(kept[count].ParameterName, name, StringComparison.Ordinal))
            {
                kept[count].Value = value ?? DBNull.Value;
            }
            else
            {
                TrimTo(kept, count);
                kept.AddWithValue(name, value ?? DBNull.Value);
            }

            count++;
        }

        TrimTo(kept, count);
        return new CommandLease(command, owner);
    }

    private static void TrimTo(SqliteParameterCollection parameters, int count)
    {
        while (parameters.Count > count)
        {
            parameters.RemoveAt(parameters.Count - 1);
        }
    }

    /// <summary>
    /// Runs one statement once per item with that item's parameter values, compiling it once: a batch of thousands of
    /// rows (a day-close catch-up) would otherwise spend most of its time preparing the same SQL again.
    /// </summary>
    public static async Task<int> ExecuteEachAsync<T>(
        this SqliteConnection connection, string sql, IEnumerable<T> items,
        Func<T, (string Name, object? Value)[]> parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(parameters);
        CommandLease? lease = null;
        var changed = 0;
        try
        {
            foreach (var item in items)
            {
                var values = parameters(item);
                if (lease is null)
                {
                    lease = connection.Command(sql, values);
                }
                else
                {
                    foreach (var (name, value) in values)
                    {
                        lease.Value.Command.Parameters[name].Value = value ?? DBNull.Value;
                    }
                }

                changed += await lease.Value.Command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            lease?.Dispose();
        }

        return changed;
    }

    public static Task<int> ExecuteAsync(
        this SqliteConnection connection, string sql,
        CancellationToken cancellationToken, params IEnumerable<(string Name, object? Value)> parameters) =>
        RunNow((connection, sql, parameters), static s =>
        {
            using var lease = s.connection.Command(s.sql, s.parameters);
            return lease.Command.ExecuteNonQuery();
        }, cancellationToken);

    public static Task<long> ScalarAsync(
        this SqliteConnection connection, string sql,
        CancellationToken cancellationToken, params IEnumerable<(string Name, object? Value)> parameters) =>
        RunNow((connection, sql, parameters), static s =>
        {
            using var lease = s.connection.Command(s.sql, s.parameters);
            var value = lease.Command.ExecuteScalar();
            return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken);

    public static Task<List<T>> QueryAsync<T>(
        this SqliteConnection connection, string sql, Func<SqliteDataReader, T> map,
        CancellationToken cancellationToken, params IEnumerable<(string Name, object? Value)> parameters) =>
        RunNow((connection, sql, parameters, map, cancellationToken), static s =>
        {
            using var lease = s.connection.Command(s.sql, s.parameters);
            using var reader = lease.Command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read())
            {
                rows.Add(s.map(reader));
                s.cancellationToken.ThrowIfCancellationRequested(); // as ReadAsync checked before each row
            }

            return rows;
        }, cancellationToken);

    /// <summary>"@p0, @p1, ..." plus the parameters, for IN lists of values.</summary>
    public static (string Sql, List<(string Name, object? Value)> Parameters) InList<T>(
        IEnumerable<T> values, string prefix)
    {
        var parameters = values.Select((value, i) => ($"@{prefix}{i}", (object?)value)).ToList();
        return (string.Join(", ", parameters.Select(p => p.Item1)), parameters);
    }

    // Microsoft.Data.Sqlite runs every statement synchronously: its async methods only check the token and wrap the
    // answer in a task (a Task<SqliteDataReader> per query, a state machine per call). This does the same without the
    // extra objects; a failure or a cancellation still comes back in the task, never thrown at the call.
    private static Task<TResult> RunNow<TState, TResult>(
        TState state, Func<TState, TResult> run, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
            return Task.FromCanceled<TResult>(cancellationToken);
        try
        {
            return Task.FromResult(run(state));
        }
        catch (Exception e)
        {
            return Task.FromException<TResult>(e);
        }
    }
}

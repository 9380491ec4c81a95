using Goals.Paging;
using System.Text;
using Goals.Storage.Paging;
using Microsoft.Data.Sqlite;

namespace Goals.Storage.Sqlite;

/// <summary>
/// One filtered row set of one table, paged by keyset. <paramref name="where"/> is adapter SQL with parameters;
/// bounds turn into row-value comparisons built from the order's column names only.
/// </summary>
internal sealed class SqliteKeysetSource<T>(
    SqliteConnection connection,
     string table,
    string columns,
    string where,
    IReadOnlyList<(string Name, object? Value)> parameters,
    KeysetOrder order,
    Func<SqliteDataReader, T> map) : IKeysetSource<T>
{
    public async Task<IReadOnlyList<T>> FetchAsync(KeysetScan scan, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder($"SELECT {columns} FROM {table} WHERE {where}");
        var all = new List<(string Name, object? Value)>(parameters);
        for (var b = 0; b < scan.Bounds.Count; b++)
        {
            sql.Append(" AND (").Append(Condition(scan.Bounds[b], $"@b{b}k", all)).Append(')');
        }

        sql.Append(" ORDER BY ").AppendJoin(", ", order.Keys.Select(
            key => key.Name + (key.Descending != scan.Reverse ? " DESC" : " ASC")));
        sql.Append(" LIMIT @limit;");
        all.Add(("@limit", scan.Limit));
        return await connection.QueryAsync(sql.ToString(), map, cancellationToken, all);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        (int)await connection.ScalarAsync(
            $"SELECT COUNT(*) FROM {table} WHERE {where};", cancellationToken, parameters);

    /// <summary>(k1 &gt; v1) OR (k1 = v1 AND k2 &gt; v2) OR ..., with each comparison turned by direction.</summary>
    private string Condition(KeysetBound bound, string prefix, List<(string Name, object? Value)> all)
    {
        var keys = order.Keys;
        for (var i = 0; i < keys.Count; i++)
        {
            all.Add(($"{prefix}{i}", bound.Values[i]));
        }

        var terms = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            var op = bound.WantsGreater(keys[i]) ? ">" : "<";
            if (bound.Inclusive && i == keys.Count - 1)
            {
                op += "=";
            }

            var equalities = Enumerable.Range(0, i).Select(j => $"{keys[j].Name} = {prefix}{j}");
            terms.Add(string.Join(" AND ", equalities.Append($"{keys[i].Name} {op} {prefix}{i}")));
        }

        return string.Join(" OR ", terms.Select(term => $"({term})"));
    }
}

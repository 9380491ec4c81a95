using Goals.Storage.Tests.Contract;

namespace Goals.Storage.Tests.Sqlite;

/// <summary>A fresh database file in a temporary directory, deleted with the fixture.</summary>
public class SqliteStoreFixture : StoreFixture
{
    public SqliteStoreFixture()
        : this(Path.GetTempPath())
    {
    }

    protected SqliteStoreFixture(string root) =>
        Directory = Path.Combine(root, "goals-storage-tests", Guid.NewGuid().ToString("N"));

    public string Directory { get; }

    public string FilePath => Path.Combine(Directory, "nested", "goals.db");

    protected override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["ConnectionStrings:Sqlite"] = $"Data Source={FilePath}",
    };

    protected override void AfterDispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}

/// <summary>
/// The same file in memory-backed storage where the machine has it (<c>/dev/shm</c>): the SQL, locking and
/// transactions are SQLite's own, only the durable fsync of each commit costs next to nothing, which keeps a test of
/// ten thousand writes short.
/// </summary>
public sealed class SqliteInMemoryDiskStoreFixture()
    : SqliteStoreFixture(System.IO.Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath());

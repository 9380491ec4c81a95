using Goals.Storage.Tests.Contract;

namespace Goals.Storage.Tests.Sqlite;

/// <summary>A fresh database file in a temporary directory, deleted with the fixture.</summary>
public sealed class SqliteStoreFixture : StoreFixture
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "goals-storage-tests", Guid.NewGuid().ToString("N"));

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

using Goals.Storage.Tests.Contract;

namespace Goals.Storage.Tests.Sqlite;

public sealed class SqliteStoreContractTests(SqliteStoreFixture fixture)
    : StoreContract(fixture), IClassFixture<SqliteStoreFixture>;

using Goals.Storage.Tests.Contract;

namespace Goals.Storage.Tests.MongoDb;

/// <summary>Skipped, with the reason shown, unless GOALS_TEST_MONGODB names a reachable MongoDB.</summary>
public sealed class MongoStoreContractTests(MongoStoreFixture fixture)
    : StoreContract(fixture), IClassFixture<MongoStoreFixture>;

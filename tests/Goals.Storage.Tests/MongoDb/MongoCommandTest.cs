using Goals.Storage.Tests.MongoDb.Wire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Bson;
using NodaTime;
using NodaTime.Testing;

namespace Goals.Storage.Tests.MongoDb;

/// <summary>
/// The MongoDB adapter, composed as the host composes it, talking to <see cref="FakeMongoServer"/> through the real
/// driver. Each test runs one store operation and checks the commands it sent: against the reviewed file in
/// <c>MongoDb/Commands/</c>, and against the adapter's own indexes (<see cref="IndexCoverage"/>).
/// </summary>
public abstract class MongoCommandTest : IAsyncLifetime
{
    private readonly FakeMongoServer _server = FakeMongoServer.Start();
    private ServiceProvider? _services;

    protected static CancellationToken None => CancellationToken.None;

    protected FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 24, 8, 0));

    internal ServerReplies Replies => _server.Replies;

    /// <summary>What the initializer sent at start-up; the index catalog is read from it.</summary>
    internal IReadOnlyList<BsonDocument> StartupCommands { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "MongoDb",
            ["ConnectionStrings:MongoDb"] = $"mongodb://127.0.0.1:{_server.Port}/goals_snapshots",
        }).Build();
        _services = new ServiceCollection().AddSingleton<IClock>(Clock).AddGoalsStorage(configuration).BuildServiceProvider();
        await _services.InitializeGoalsStorageAsync();
        StartupCommands = _server.TakeCommands();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    protected T Store<T>()
        where T : notnull => (_services ?? throw new InvalidOperationException("not started")).GetRequiredService<T>();

    /// <summary>Runs <paramref name="operation"/> and checks every command it sent; returns the operation's result.</summary>
    protected async Task<T> VerifyAsync<T>(string name, Func<Task<T>> operation)
    {
        _server.TakeCommands();
        var result = await operation();
        Verify(name, _server.TakeCommands());
        return result;
    }

    protected Task VerifyAsync(string name, Func<Task> operation) =>
        VerifyAsync(name, async () =>
        {
            await operation();
            return true;
        });

    internal void Verify(string name, IReadOnlyList<BsonDocument> commands)
    {
        Assert.True(Replies.Unused().Count == 0, $"scripted replies never asked for: {string.Join(", ", Replies.Unused())}");
        var catalog = IndexCoverage.Catalog(StartupCommands);
        Assert.NotEmpty(catalog);
        var unserved = commands.SelectMany(QueryShape.From)
            .Select(query => (query, served: IndexCoverage.Serve(query, catalog, SortedInMemory.Allows(name))))
            .Where(check => check.served.Index is null)
            .Select(check => $"{check.query.Operation} on {check.query.Collection}: {check.served.Reason}")
            .ToList();
        var snapshot = CommandSnapshot.Compare(name, commands);
        Assert.True(snapshot is null && unserved.Count == 0,
            string.Join("\n", [snapshot ?? "", .. unserved.Select(line => "no index serves " + line)]));
    }
}

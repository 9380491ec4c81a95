namespace Goals.Server.Tests.TestHost;

/// <summary>One shared server with default settings (Production, introspection on) for tests that only read.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public TestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Server = await TestServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SharedServerDefinition : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}

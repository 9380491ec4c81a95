using Goals.Api.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Goals.Api.Tests.Support;

/// <summary>
/// The real host with its real pipeline and a real SQLite file of its own (deleted afterwards); tests swap only what
/// they must control, through <see cref="WebApplicationFactory{T}.WithWebHostBuilder"/>.
/// </summary>
public class GoalsApiFactory : WebApplicationFactory<Program>
{
    public GoalsApiFactory()
        : this(realSockets: false)
    {
    }

    /// <param name="realSockets">Serve on Kestrel at a free loopback port instead of the in-memory test server.</param>
    /// <param name="sharedDirectory">A database folder other hosts use too (replicas); the caller deletes it.</param>
    protected GoalsApiFactory(bool realSockets, string? sharedDirectory = null)
    {
        _ownsDirectory = sharedDirectory is null;
        _directory = sharedDirectory ?? Directory.CreateTempSubdirectory("goals-api-tests-").FullName;
        if (realSockets)
        {
            UseKestrel(0);
        }
    }

    private readonly string _directory;
    private readonly bool _ownsDirectory;

    public string DatabasePath => Path.Combine(_directory, "goals.db");

    /// <summary>A client that signs every request as <paramref name="userId"/> (null: no token at all).</summary>
    public GraphQLClient ClientFor(string? userId) =>
        userId is null ? new GraphQLClient(CreateClient()) : this.SignedClient(userId);

    public string TokenFor(string userId, TimeSpan? lifetime = null)
    {
        var auth = Services.GetRequiredService<IOptions<AuthOptions>>().Value;
        return new DevTokenIssuer(auth, TimeProvider.System).Issue(userId, lifetime);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath}");

        // The scheduler stays registered but never fires on its own: job tests drive the job services with their clock.
        builder.UseSetting("Jobs:StartDelaySeconds", "3600");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDirectory && Directory.Exists(_directory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}

/// <summary>The same host listening on a real loopback port, for tests whose clients must use real sockets.</summary>
public sealed class KestrelApiFactory() : GoalsApiFactory(realSockets: true);

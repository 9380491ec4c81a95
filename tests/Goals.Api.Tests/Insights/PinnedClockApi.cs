using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Api.Tests.Insights;

/// <summary>
/// The real host whose clock starts at <see cref="Now"/> (Wednesday 2026-11-25, noon UTC) and moves one millisecond
/// per reading, so that "today" and every derived number are known in advance while stored objects still get
/// distinct, ordered creation times. Extra settings (e.g. limits) can be given per test class.
/// </summary>
public class PinnedClockApi : IDisposable
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 12, 0);
    public static readonly LocalDate Today = new(2026, 11, 25);

    private readonly GoalsApiFactory _root = new();
    private readonly WebApplicationFactory<Program> _pinned;

    public PinnedClockApi()
        : this(new Dictionary<string, string>())
    {
    }

    protected PinnedClockApi(IReadOnlyDictionary<string, string> settings)
    {
        _pinned = _root.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services => services.AddSingleton<IClock>(new TickingClock(Now)));
        });
    }

    public IServiceProvider Services => _pinned.Services;

    public WebApplicationFactory<Program> Host => _pinned;
    /// <summary>The host's SQLite file.</summary>
    public string DatabasePath => _root.DatabasePath;

    public GraphQLClient ClientFor(string userId) => _pinned.SignedClient(userId);

    public GraphQLClient AnonymousClient() => new(_pinned.CreateClient());

    public AccountSeeder Seed(string userId) => new(Services, userId);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pinned.Dispose();
            _root.Dispose();
        }
    }

    private sealed class TickingClock(Instant start) : IClock
    {
        private long _readings;

        public Instant GetCurrentInstant() => start + Duration.FromMilliseconds(Interlocked.Increment(ref _readings) - 1);
    }
}

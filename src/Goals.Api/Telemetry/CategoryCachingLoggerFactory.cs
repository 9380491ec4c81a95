using System.Collections.Concurrent;

namespace Goals.Api.Telemetry;

/// <summary>
/// One logger per category, as Microsoft's own factory keeps them. Serilog's factory makes a new logger (with its own
/// concurrent event-id cache) on every <see cref="CreateLogger"/> call, and ASP.NET's authentication handler asks for
/// one on every request: a WebSocket request keeps its handler, and so that logger, for the socket's whole life —
/// about a kilobyte per idle socket — and every HTTP request allocated one.
/// </summary>
public sealed class CategoryCachingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    private readonly ConcurrentDictionary<string, ILogger> _loggers = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) =>
        _loggers.GetOrAdd(categoryName, static (name, factory) => factory.CreateLogger(name), inner);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}

using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Goals.Api.Tests.Realtime.Redis;

/// <summary>A Serilog sink a replica writes to as well as its console, so a test can count log lines.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public int Count(string messageStart) =>
        _events.Count(logEvent => logEvent.MessageTemplate.Text.StartsWith(messageStart, StringComparison.Ordinal));
}

using System.Net.Sockets;
using System.Reflection;
using System.Text;
using Goals.Api.Tests.Realtime.Redis;
using Goals.Api.Tests.Support;
using Goals.Storage.Abstractions;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Goals.Api.Tests.Telemetry;

/// <summary>
/// The real host on a loopback port whose log is captured, with two signals raised from inside its pipeline: when the
/// endpoint starts reading a request body, and when an operation reaches the goal store (which then waits until the
/// request is aborted). Clients are raw sockets, so that a test decides exactly when and how the client hangs up.
/// </summary>
public sealed class ClientAbortHost() : GoalsApiFactory(realSockets: true)
{
    public CapturedLog Log { get; } = new();

    public TaskCompletionSource BodyReadStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource StoreReached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Sends <paramref name="head"/> and <paramref name="body"/> on a new connection, left open.</summary>
    public async Task<TcpClient> SendAsync(string head, string body)
    {
        using var http = CreateClient();
        var address = http.BaseAddress!;
        var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head + "\r\n" + body));
        return tcp;
    }

    /// <summary>Closes with a reset (linger 0), as a client that is killed or loses its network does.</summary>
    public static void HangUp(TcpClient tcp)
    {
        ArgumentNullException.ThrowIfNull(tcp);
        tcp.Client.LingerState = new LingerOption(enable: true, seconds: 0);
        tcp.Dispose();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Log);
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                var received = options.Events.OnMessageReceived;
                options.Events.OnMessageReceived = context =>
                {
                    context.Request.Body = new SignallingStream(context.Request.Body, BodyReadStarted);
                    return received(context);
                };
            });
            var original = services.Last(descriptor => descriptor.ServiceType == typeof(IGoalStore));
            services.Remove(original);
            services.AddSingleton(_ =>
            {
                var store = DispatchProxy.Create<IGoalStore, StallingGoalStore>();
                ((StallingGoalStore)(object)store).Reached = StoreReached;
                return store;
            });
        });
    }

    private sealed class SignallingStream(Stream inner, TaskCompletionSource started) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            started.TrySetResult();
            return inner.ReadAsync(buffer, cancellationToken);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

#pragma warning disable CA1852 // DispatchProxy.Create needs an unsealed proxy type
    private class StallingGoalStore : DispatchProxy
#pragma warning restore CA1852
    {
        public TaskCompletionSource Reached { get; set; } = default!;

        /// <summary>Every call signals, then waits for the request's cancellation (bounded, so a miss fails, not hangs).</summary>
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            Reached.TrySetResult();
            var cancellationToken = args?.OfType<CancellationToken>().LastOrDefault() ?? default;
            var stall = Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            var resultType = targetMethod!.ReturnType.GetGenericArguments().Single();
            return typeof(StallingGoalStore).GetMethod(nameof(Fail), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(resultType).Invoke(null, [stall]);
        }

        private static async Task<T> Fail<T>(Task stall)
        {
            await stall;
            throw new TimeoutException("The request was not aborted within 30 s.");
        }
    }
}

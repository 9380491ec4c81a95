using GraphQL.Types;
using Microsoft.Extensions.Hosting;

namespace Goals.Server.Hosting;

/// <summary>
/// Builds the schema while the host starts: a fault in it stops the start instead of failing the first request, and
/// the first request neither waits for it nor counts it against its execution timeout.
/// </summary>
internal sealed class SchemaInitializer(ISchema schema) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        schema.Initialize();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

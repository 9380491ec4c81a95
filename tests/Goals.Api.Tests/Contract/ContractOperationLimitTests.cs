using System.Text.Json.Nodes;
using Goals.Api.Infrastructure.Events;
using Goals.Api.Tests.Realtime.Redis;
using Goals.Api.Tests.Support;
using Goals.Server.Documents;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Contract;

/// <summary>
/// The default limits (depth 6, aliases 15, directives 50, tokens 1000, cost 5000, …) refuse no operation a client
/// of the contract sends: every operation in <c>Contract/Operations</c>, every example of <c>docs/api.md</c> and
/// graphql-js's full introspection query run on the real host without a top-level error.
/// </summary>
public sealed class ContractOperationLimitTests(GoalsApiFactory factory) : IClassFixture<GoalsApiFactory>
{
    public static TheoryData<string> Operations => [.. ContractOperations.Names];

    public static TheoryData<string> ApiExamples => [.. ContractOperations.ApiExamples()];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Contract_operation_runs_under_the_default_limits(string name)
    {
        var user = $"contract-{name}";
        using var client = factory.ClientFor(user);
        var seed = await ContractSeed.CreateAsync(client);
        var document = ContractOperations.Document(name);
        var variables = ContractOperations.Variables(name, seed);

        if (ContractOperations.Kind(document) == OperationType.Subscription)
        {
            await AssertSubscriptionDeliversAsync(user, client, seed, document, variables);
            return;
        }

        var response = await client.SendAsync(document, variables);
        Assert.True(response.Errors is null, $"{name}: {response}");
        Assert.NotNull(response.Data);
    }

    [Theory]
    [MemberData(nameof(ApiExamples))]
    public async Task Api_documentation_example_runs_under_the_default_limits(string example)
    {
        using var client = factory.ClientFor($"contract-docs-{DocumentHash.Of(example)[..12]}");
        var seed = await ContractSeed.CreateAsync(client);

        var response = await client.SendAsync(example, example.Contains("$id", StringComparison.Ordinal) ? new { id = seed.GoalId } : null);

        Assert.True(response.Errors is null, $"{example}\n{response}");
    }

    [Fact]
    public async Task Full_graphql_js_introspection_query_runs_under_the_default_limits()
    {
        using var client = factory.ClientFor(null);
        var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Resources", "introspection-query.graphql"));

        var response = await client.SendAsync(query);

        Assert.True(response.Errors is null, response.ToString());
        var types = response.Data!["__schema"]!["types"]!.AsArray().Select(type => type!["name"]!.GetValue<string>());
        Assert.Contains("Goal", types);
    }

    [Fact]
    public void Every_root_field_of_the_served_schema_has_a_contract_operation()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        var served = new[] { (OperationType.Query, schema.Query), (OperationType.Mutation, schema.Mutation), (OperationType.Subscription, schema.Subscription) }
            .Where(root => root.Item2 is not null)
            .SelectMany(root => root.Item2!.Fields.Select(field => $"{root.Item1}.{field.Name}"));
        var covered = ContractOperations.Names.SelectMany(name => ContractOperations.RootFields(ContractOperations.Document(name))).ToHashSet();

        var uncovered = served.Where(field => !covered.Contains(field)).ToList();
        Assert.True(uncovered.Count == 0, $"add an operation under Contract/Operations for: {string.Join(", ", uncovered)}");
    }

    // A subscription is refused (an "error" message) or delivers: completing the goal notifies both of them.
    private async Task AssertSubscriptionDeliversAsync(string user, GraphQLClient client, ContractSeed seed, string document, JsonNode? variables)
    {
        await using var socket = await TransportWsClient.ConnectAsync(factory, factory.TokenFor(user));
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
        await socket.SubscribeAsync("1", document, variables);
        var bus = factory.Services.EventBus<InProcessEventBus>();
        await Eventually.TrueAsync(() => bus.ObserverCount(Topics.User(user)) > 0, "the subscription never reached the bus");

        await client.DataAsync("mutation($id: ID!) { completeGoal(input: { id: $id }) { goal { status } } }", new { id = seed.GoalId });
        var next = await socket.ReceiveSkippingPingsAsync();

        Assert.True(next["type"]!.GetValue<string>() == "next" && next["payload"]!["errors"] is null, next.ToJsonString());
    }
}

using Goals.Server.DataLoading;
using Goals.Server.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.DataLoading;

public sealed class DataLoaderTests
{
    [Fact]
    public async Task Resolving_the_author_of_every_book_makes_exactly_one_batch_call()
    {
        await using var server = await TestServer.StartAsync();
        var library = server.Services.GetRequiredService<Library>();

        var response = await server.PostAsync("{ allBooks { title author { name } } }");

        Assert.Null(response.Errors);
        Assert.Equal(12, response.Data!["allBooks"]!.AsArray().Count);
        Assert.Equal("Octavia E. Butler", response.Data!["allBooks"]![1]!["author"]!["name"]!.GetValue<string>());
        Assert.Equal(1, library.AuthorBatchCalls);
    }

    [Fact]
    public async Task Each_request_gets_its_own_batch_and_cache()
    {
        await using var server = await TestServer.StartAsync();
        var library = server.Services.GetRequiredService<Library>();

        await server.PostAsync("{ allBooks { author { name } } }");
        await server.PostAsync("{ allBooks { author { name } } }");

        Assert.Equal(2, library.AuthorBatchCalls);
    }

    [Fact]
    public async Task Keys_are_deduplicated_and_missing_keys_resolve_to_null()
    {
        var loader = new RecordingLoader();

        var values = new[] { loader.LoadAsync(1), loader.LoadAsync(2), loader.LoadAsync(1), loader.LoadAsync(99) };
        var results = await Task.WhenAll(values.Select(value => value.GetResultAsync()));

        Assert.Equal(new string?[] { "one", "two", "one", null }, results);
        Assert.Equal("1,2,99", string.Join(",", loader.Batches.Single()));
    }

    [Fact]
    public async Task A_cached_key_is_not_fetched_again_in_a_later_batch()
    {
        var loader = new RecordingLoader();
        await loader.LoadAsync(1).GetResultAsync();

        var again = await loader.LoadAsync(1).GetResultAsync();
        var other = await loader.LoadAsync(2).GetResultAsync();

        Assert.Equal(("one", "two"), (again, other));
        Assert.Equal(["1", "2"], loader.Batches.Select(batch => string.Join(",", batch)));
    }

    [Fact]
    public async Task A_failing_batch_fails_every_waiting_value()
    {
        var loader = new RecordingLoader { Fail = true };

        var first = loader.LoadAsync(1);
        var second = loader.LoadAsync(2);

        await Assert.ThrowsAsync<InvalidOperationException>(() => first.GetResultAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => second.GetResultAsync());
    }

    [Fact]
    public async Task A_value_already_loaded_is_handed_back_as_is_and_a_failed_one_fails_again()
    {
        var loader = new RecordingLoader();
        Assert.Equal("one", await loader.LoadAsync(1).GetResultAsync());

        // The key's own completed task for every later field: no task wrapped around it.
        var later = loader.LoadAsync(1).GetResultAsync();
        Assert.True(later.IsCompletedSuccessfully);
        Assert.Same(later, loader.LoadAsync(1).GetResultAsync());
        Assert.Same(later, loader.LoadAsync(1).GetResultAsync(new CancellationToken(canceled: true)));

        var failing = new RecordingLoader { Fail = true };
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.LoadAsync(1).GetResultAsync());
        var again = await Assert.ThrowsAsync<InvalidOperationException>(() => failing.LoadAsync(1).GetResultAsync());
        Assert.Equal("store down", again.Message);
        Assert.Single(failing.Batches);
    }

    private sealed class RecordingLoader : BatchDataLoader<int, string>
    {
        private static readonly Dictionary<int, string> Names = new() { [1] = "one", [2] = "two" };

        public List<IReadOnlyList<int>> Batches { get; } = [];

        public bool Fail { get; init; }

        protected override Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Batches.Add(keys);
            return Fail
                ? throw new InvalidOperationException("store down")
                : Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Where(Names.ContainsKey).ToDictionary(k => k, k => Names[k]));
        }
    }
}

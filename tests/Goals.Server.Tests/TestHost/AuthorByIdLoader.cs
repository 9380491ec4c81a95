using Goals.Server.DataLoading;

namespace Goals.Server.Tests.TestHost;

public sealed class AuthorByIdLoader(Library library) : BatchDataLoader<string, Author>
{
    protected override Task<IReadOnlyDictionary<string, Author>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        Task.FromResult(library.AuthorsById(keys));
}

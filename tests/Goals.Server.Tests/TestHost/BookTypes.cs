using Goals.Server.DataLoading;
using Goals.Server.Relay;
using GraphQL.Types;

namespace Goals.Server.Tests.TestHost;

public sealed class BookType : ObjectGraphType<Book>
{
    public BookType()
    {
        Name = "Book";
        Description = "A book in the test library.";
        this.ImplementNode(book => book.Id);
        Field(book => book.Title).Description("The title.");
        Field<NonNullGraphType<AuthorType>>("author")
            .Description("Who wrote it (batched per request).")
            .Resolve(context => context.DataLoader<AuthorByIdLoader>().LoadAsync(context.Source.AuthorId));
    }
}

public sealed class AuthorType : ObjectGraphType<Author>
{
    public AuthorType()
    {
        Name = "Author";
        Description = "A writer.";
        this.ImplementNode(author => author.Id);
        Field(author => author.Name).Description("The author's name.");
    }
}

public sealed class BookNodeResolver(Library library) : INodeResolver
{
    public string TypeName => "Book";

    public Task<IReadOnlyDictionary<string, object>> ResolveAsync(IReadOnlyList<string> keys, GraphQL.IResolveFieldContext context, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, object>>(keys
            .Select(library.FindBook).OfType<Book>().ToDictionary(book => book.Id, book => (object)book));
}

public sealed class AuthorNodeResolver(Library library) : INodeResolver
{
    public string TypeName => "Author";

    public Task<IReadOnlyDictionary<string, object>> ResolveAsync(IReadOnlyList<string> keys, GraphQL.IResolveFieldContext context, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, object>>(library.AuthorsById(keys).ToDictionary(pair => pair.Key, pair => (object)pair.Value));
}

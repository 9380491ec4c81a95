using Goals.Paging;
using Goals.Server.Errors;
using Goals.Server.Limits;
using Goals.Server.Relay;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.TestHost;

public sealed class TestQuery : ObjectGraphType
{
    private static readonly KeysetOrder BooksByTitle =
        new("books", [new("title", false, KeyKind.Text), new("id", false, KeyKind.Text)]);

    public TestQuery()
    {
        Name = "Query";
        this.AddNodeFields();
        Field<NonNullGraphType<StringGraphType>>("echo")
            .Description("Returns the message.")
            .Argument<NonNullGraphType<StringGraphType>>("message")
            .Resolve(context => context.GetArgument<string>("message"));
        this.ConnectionField<object?, BookType>("books", async (context, page) => await KeysetPager.PageAsync(
                BooksByTitle, page,
                new InMemoryKeysetSource<Book>(
                    context.RequestServices!.GetRequiredService<Library>().BooksByTitle(), BooksByTitle, BookKeys),
                BookKeys, context.CancellationToken))
            .Description("All books, by title.");
        Field<ListGraphType<NonNullGraphType<BookType>>>("allBooks")
            .Description("Every book, unpaged (for the DataLoader test).")
            .Resolve(context => context.RequestServices!.GetRequiredService<Library>().BooksByTitle());
        Field<StringGraphType>("boom")
            .Description("Always fails with an unexpected exception.")
            .Resolve(_ => throw new InvalidOperationException("secret connection string"));
        Field<StringGraphType>("secret")
            .Description("Needs a signed-in user.")
            .Resolve(_ => throw new GraphQLRequestError(ErrorCodes.Unauthenticated, "Sign in to read this."));
        Field<NonNullGraphType<IntGraphType>>("slow")
            .Description("Waits, then returns the milliseconds waited.")
            .Argument<NonNullGraphType<IntGraphType>>("ms")
            .WithMaxUsesPerOperation(1)
            .ResolveAsync(async context =>
            {
                var ms = context.GetArgument<int>("ms");
                await Task.Delay(ms, context.CancellationToken);
                return ms;
            });
    }

    private static IReadOnlyList<object> BookKeys(Book book) => [book.Title, book.Id];
}

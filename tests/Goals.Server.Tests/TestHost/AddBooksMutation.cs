using Goals.Server.Limits;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.TestHost;

public sealed record AddBooksInput(IReadOnlyList<string> Titles, string AuthorId, int DelayMs);

public sealed class AddBooksInputType : InputObjectGraphType<AddBooksInput>
{
    public AddBooksInputType()
    {
        Name = "AddBooksInput";
        Field(input => input.Titles).Description("The titles, added in order.");
        Field(input => input.AuthorId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The author's key.");
        Field(input => input.DelayMs).Description("How long each book takes to store, like a slow disk.");
    }
}

public static class AddBooksMutation
{
    public const int MaxBooks = 5;

    /// <summary>A bulk write for the limit tests: at most <see cref="MaxBooks"/> books per operation, 2 per book in cost.</summary>
    public static void AddBooksField(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookType>>>>("addBooks")
            .Description("Adds several books, one at a time.")
            .Argument<NonNullGraphType<AddBooksInputType>>("input")
            .AsBulkField("input", (AddBooksInput input) => input.Titles.Count, MaxBooks, costPerItem: 2)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<AddBooksInput>("input");
                var library = context.RequestServices!.GetRequiredService<Library>();
                var added = new List<Book>();
                foreach (var title in input.Titles)
                {
                    await Task.Delay(input.DelayMs, context.CancellationToken);
                    added.Add(library.Add(title, input.AuthorId));
                }

                return added;
            });
}

using Goals.Server.Mutations;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.TestHost;

public sealed record AddBookInput(string Title, string AuthorId);

public sealed record AddBookPayload(Book? Book, IReadOnlyList<IUserError>? Errors) : IMutationPayload;

public sealed record DuplicateTitleError(string Message, string Title) : IUserError;

public sealed record UnknownAuthorError(string Message) : IUserError;

public sealed class AddBookInputType : InputObjectGraphType<AddBookInput>
{
    public AddBookInputType()
    {
        Name = "AddBookInput";
        Field(input => input.Title).Description("The title.");
        Field(input => input.AuthorId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The author's key.");
    }
}

public sealed class DuplicateTitleErrorType : ErrorGraphType<DuplicateTitleError>
{
    public DuplicateTitleErrorType() => Field(error => error.Title).Description("The title that is taken.");
}

public sealed class UnknownAuthorErrorType : ErrorGraphType<UnknownAuthorError>;

public sealed class AddBookErrorType() : ErrorUnionGraphType("AddBookError", typeof(DuplicateTitleErrorType), typeof(UnknownAuthorErrorType));

public sealed class AddBookPayloadType : PayloadGraphType<AddBookPayload, AddBookErrorType>
{
    public AddBookPayloadType() => Field<BookType>("book").Description("The book added.").Resolve(context => context.Source.Book);
}

public sealed class TestMutation : ObjectGraphType
{
    public TestMutation()
    {
        Name = "Mutation";
        this.MutationField<AddBookInputType, AddBookPayloadType, AddBookInput>("addBook", (context, input) =>
        {
            var library = context.RequestServices!.GetRequiredService<Library>();
            IMutationPayload payload = library.HasTitle(input.Title)
                ? new AddBookPayload(null, [new DuplicateTitleError($"'{input.Title}' is already in the library.", input.Title)])
                : !library.HasAuthor(input.AuthorId)
                    ? new AddBookPayload(null, [new UnknownAuthorError($"There is no author '{input.AuthorId}'.")])
                    : new AddBookPayload(library.Add(input.Title, input.AuthorId), null);
            return Task.FromResult(payload);
        }).Description("Adds a book.");
        this.AddBooksField();
    }
}

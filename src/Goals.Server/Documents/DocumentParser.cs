using System.Text;
using Goals.Server.Errors;
using Goals.Server.Limits;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Goals.Server.Documents;

/// <summary>
/// Parses a document after checking its size and token count, and checks how far its fragments expand before any
/// validation rule walks it, so a hostile document costs little.
/// </summary>
public static class DocumentParser
{
    /// <summary>Returns the document, or throws <see cref="GraphQLRequestError"/> with a precise code.</summary>
    public static GraphQLDocument Parse(string query, GraphQLLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(limits);
        var bytes = Encoding.UTF8.GetByteCount(query);
        if (bytes > limits.MaxDocumentBytes)
            throw new GraphQLRequestError(ErrorCodes.DocumentTooLarge,
                $"The document is {bytes} bytes; the maximum is {limits.MaxDocumentBytes} bytes.");
        try
        {
            CheckTokenCount(query, limits.MaxTokens);
            var document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxParserDepth });
            CheckFragmentExpansion(document, limits.MaxFragmentExpansion);
            return document;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new GraphQLRequestError(ErrorCodes.MaxDepthExceeded,
                $"The document nests deeper than {limits.MaxParserDepth} levels.");
        }
        catch (GraphQLParserException ex)
        {
            var error = new GraphQLRequestError(ErrorCodes.ParseFailed, $"Syntax Error: {ex.Description}");
            error.AddLocation(new Location(ex.Location.Line, ex.Location.Column));
            throw error;
        }
    }

    private static void CheckFragmentExpansion(GraphQLDocument document, int maxSelections)
    {
        if (FragmentExpansion.Count(document, maxSelections + 1L) > maxSelections)
            throw new GraphQLRequestError(ErrorCodes.FragmentExpansionExceeded,
                $"The document selects more than {maxSelections} fields once its fragments are spread.");
    }

    private static void CheckTokenCount(string query, int maxTokens)
    {
        var source = (ROM)query;
        var count = 0;
        for (var token = Lexer.Lex(source, 0); token.Kind != TokenKind.EOF; token = Lexer.Lex(source, token.End))
        {
            if (token.Kind != TokenKind.COMMENT && ++count > maxTokens)
                throw new GraphQLRequestError(ErrorCodes.MaxTokensExceeded,
                    $"The document has more than {maxTokens} tokens.");
        }
    }
}

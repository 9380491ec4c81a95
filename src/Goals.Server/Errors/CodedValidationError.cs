using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Goals.Server.Errors;

/// <summary>A validation error raised by one of the server's own rules (limits, transport), with its code.</summary>
public sealed class CodedValidationError : ValidationError
{
    public CodedValidationError(ROM originalQuery, string code, string message, params ASTNode[] nodes)
        : base(originalQuery, null, message, nodes) => Code = code;
}

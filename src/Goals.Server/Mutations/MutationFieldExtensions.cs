using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Goals.Server.Mutations;

/// <summary>Declares a convention mutation: one non-null <c>input</c> argument, a payload result.</summary>
public static class MutationFieldExtensions
{
    public static FieldBuilder<object?, object> MutationField<TInputGraphType, TPayloadGraphType, TInput>(
        this ObjectGraphType mutation, string name, Func<IResolveFieldContext<object?>, TInput, Task<IMutationPayload>> resolve)
        where TInputGraphType : IInputObjectGraphType
        where TPayloadGraphType : IObjectGraphType
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(resolve);
        return mutation.Field<NonNullGraphType<TPayloadGraphType>>(name)
            .Argument<NonNullGraphType<TInputGraphType>>("input")
            .ResolveAsync(async context => await resolve(context, context.GetArgument<TInput>("input")));
    }
}

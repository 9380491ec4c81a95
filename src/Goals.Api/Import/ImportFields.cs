using Goals.Api.GraphQL;
using Goals.Server.Mutations;
using GraphQL.Types;

namespace Goals.Api.Import;

public sealed class ImportFields(ImportService imports) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.MutationField<ImportDataInputType, ImportDataPayloadType, ImportDataInput>(
                "importData",
                async (context, input) => await imports.ImportAsync(context.UserId(), input, context.CancellationToken))
            .Description(
                "Imports the server's own JSON export or a Loop Habit Tracker CSV backup into the caller's account. " +
                "Importing the same data again stores nothing new; rows that cannot be imported are listed with file and line.");
}

using Goals.Api.GraphQL;
using Goals.Server.Limits;
using GraphQL;
using GraphQL.Types;

namespace Goals.Api.Export;

public sealed class ExportFields(ExportService export) : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ExportResultType>>("export")
            .Description("All of the caller's goals with their activities, as JSON (complete) or CSV (one row per activity).")
            .Argument<NonNullGraphType<ExportFormatGraphType>>("format")
            .WithComplexityImpact(FieldCosts.Export)
            .WithMaxUsesPerOperation(1)
            .ResolveAsync(async context => await export.ExportAsync(
                context.UserId(), context.GetArgument<ExportFormat>("format"), context.CancellationToken));
}

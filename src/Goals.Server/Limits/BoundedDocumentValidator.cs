using Goals.Server.Errors;
using Goals.Server.Hosting;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Goals.Server.Limits;

/// <summary>
/// GraphQL.NET's validator within the server's budget: it gets <see cref="GraphQLLimitOptions.ValidationTimeout"/>
/// (linked to the request, so a client that leaves stops it too), refused with <c>VALIDATION_TIMEOUT</c>, and reports
/// at most <see cref="GraphQLLimitOptions.MaxValidationErrors"/> errors, followed by one that says it stopped.
/// <see cref="ValidationGuardRule"/> and <see cref="CostRule"/> do the checking as they walk the document.
/// </summary>
public sealed class BoundedDocumentValidator(IOptions<GraphQLServerOptions> serverOptions) : IDocumentValidator
{
    private readonly DocumentValidator _validator = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options) => ValidateWithinBudgetAsync(options);

    private async Task<IValidationResult> ValidateWithinBudgetAsync(ValidationOptions validation)
    {
        var limits = serverOptions.Value.Limits;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(validation.CancellationToken);
        budget.CancelAfter(limits.ValidationTimeout);
        try
        {
            var result = await _validator.ValidateAsync(validation with { CancellationToken = budget.Token });
            return result.Errors.Count > limits.MaxValidationErrors
                ? Stopped(validation, [.. result.Errors.OfType<ValidationError>().Take(limits.MaxValidationErrors)])
                : result;
        }
        catch (ValidationStoppedException stopped)
        {
            return Stopped(validation, stopped.Errors);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !validation.CancellationToken.IsCancellationRequested)
        {
            return new ValidationResult(new CodedValidationError(validation.Document.Source, ErrorCodes.ValidationTimeout,
                $"Validating the document took longer than {limits.ValidationTimeout.TotalMilliseconds:0} ms; send a smaller document."));
        }
    }

    private static ValidationResult Stopped(ValidationOptions validation, IReadOnlyList<ValidationError> errors) =>
        new([.. errors, new CodedValidationError(validation.Document.Source, ErrorCodes.ValidationFailed,
            $"Validation stopped after {errors.Count} errors; fix these and send the document again.")]);
}

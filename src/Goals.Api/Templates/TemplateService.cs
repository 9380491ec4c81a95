using Goals.Api.GoalState;
using Goals.Api.Common;
using Goals.Api.Goals;
using Goals.Domain.Calendar;
using Goals.Domain.Validation;
using Goals.Server.Errors;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Goals.Api.Templates;

/// <summary>Recommends templates to a user and turns a template into a goal through the ordinary create use case.</summary>
public sealed class TemplateService(
    GoalService goals,
    GoalPortfolioReader portfolios,
    IUserStore users,
    ICoOccurrenceStore coOccurrences,
    IOptions<RecommendationOptions> options,
    IClock clock)
{
    public const int DefaultRecommendations = 5;
    public const int MaxRecommendations = 20;

    public async Task<IReadOnlyList<Recommendation>> RecommendAsync(
        string userId, int? first, CancellationToken cancellationToken)
    {
        var count = first ?? DefaultRecommendations;
        if (count is < 0 or > MaxRecommendations)
        {
            throw new GraphQLRequestError(ErrorCodes.BadUserInput,
                $"recommendations(first:) takes 0 to {MaxRecommendations}; {count} was given.");
        }

        var portfolio = await portfolios.ReadAsync(userId, cancellationToken);
        var similar = new SimilarUsers(await coOccurrences.ReadAllAsync(cancellationToken), options.Value.MinGroupSize);
        return RecommendationRanking.Rank(portfolio, TemplateCatalog.All, similar, new SeasonCalendar(options.Value))
            .Take(count).ToList();
    }

    public async Task<Outcome<GoalRecord>> CreateFromTemplateAsync(
        string userId, CreateGoalFromTemplateInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!GoalTemplate.TryDecodeId(input.TemplateId, out var slug) || TemplateCatalog.Find(slug) is not { } template)
        {
            return new NotFound(input.TemplateId, "No goal template was found with this id.");
        }

        var user = await users.GetOrCreateAsync(userId, cancellationToken);
        var startDate = input.StartDate ?? user.Settings.Today(clock.GetCurrentInstant());
        var request = new CreateGoalInput(
            input.Title ?? template.Title,
            template.Description,
            template.Category,
            template.Pattern,
            input.Target ?? template.Target,
            template.Unit,
            template.Period,
            Schedule: null,
            template.MinAmount,
            startDate,
            // An unsupported start date is refused by the create rules; it has no deadline to count from.
            DomainLimits.IsSupported(startDate) ? template.DeadlineFor(startDate) : null);
        return await goals.CreateAsync(userId, request, cancellationToken);
    }
}

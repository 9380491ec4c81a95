using System.ComponentModel.DataAnnotations;

namespace Goals.Api.Users;

/// <summary>
/// How bearer tokens are validated, section <c>Auth</c>: a shared HS256 key (development, small deployments) or an
/// OpenID Connect authority whose published keys sign the tokens (production).
/// </summary>
public sealed class AuthOptions : IValidatableObject
{
    public const string SectionName = "Auth";
    public const int MinimumSigningKeyLength = 32;

    public string? SigningKey { get; set; }

    public string? Authority { get; set; }

    [Required]
    public string Issuer { get; set; } = "goals";

    [Required]
    public string Audience { get; set; } = "goals-api";

    /// <summary>Lifetime of tokens minted by the development <c>token</c> command.</summary>
    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Validated tokens kept so a repeated token skips validation (<see cref="ValidatedTokenCache"/>); 0 turns it off.</summary>
    [Range(0, 1_000_000)]
    public int TokenCacheSize { get; set; } = 10_000;

    /// <summary>How long a validated token is kept at most (less when it expires sooner); zero turns the cache off.</summary>
    public TimeSpan TokenCacheMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(Authority) && string.IsNullOrEmpty(SigningKey))
        {
            yield return new ValidationResult(
                "Set Auth:SigningKey (HS256, at least 32 characters) or Auth:Authority (an OpenID Connect issuer).",
                [nameof(SigningKey), nameof(Authority)]);
        }
        else if (SigningKey is { Length: < MinimumSigningKeyLength })
        {
            yield return new ValidationResult(
                $"Auth:SigningKey must be at least {MinimumSigningKeyLength} characters long.", [nameof(SigningKey)]);
        }
    }
}

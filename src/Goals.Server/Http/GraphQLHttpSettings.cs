namespace Goals.Server.Http;

/// <summary>Switches resolved once at start-up from options and environment.</summary>
public sealed record GraphQLHttpSettings(bool SdlEnabled, bool IdeEnabled);

using Microsoft.AspNetCore.Mvc.Testing;

namespace Goals.Api.Tests;

/// <summary>The real host with its real pipeline; tests swap only what they must control.</summary>
public sealed class GoalsApiFactory : WebApplicationFactory<Program>;

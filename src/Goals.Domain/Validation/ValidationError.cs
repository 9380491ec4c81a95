namespace Goals.Domain.Validation;

/// <summary>A rule a request broke, named after the input field it concerns (the API's <c>ValidationError</c>).</summary>
public sealed record ValidationError(string Field, string Message);

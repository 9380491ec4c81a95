using System.Globalization;
using Goals.Api.Users;
using Microsoft.Extensions.Options;

namespace Goals.Api.Commands;

/// <summary><c>token --user alice [--days 7]</c>: prints a signed development token for that user.</summary>
public static class TokenCommand
{
    public static async Task<int> RunAsync(WebApplication app, CommandArguments args)
    {
        if (!app.Environment.IsDevelopment())
        {
            throw new CommandException("development tokens are minted only in the Development environment");
        }

        var user = args.Required("user");
        var days = args.Option("days") is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
                ? value
                : throw new CommandException("--days takes a whole number of days, at least 1")
            : (int?)null;

        var auth = app.Services.GetRequiredService<IOptions<AuthOptions>>().Value;
        var issuer = new DevTokenIssuer(auth, TimeProvider.System);
        await Console.Out.WriteLineAsync(issuer.Issue(user, days is null ? null : TimeSpan.FromDays(days.Value)));
        return 0;
    }
}

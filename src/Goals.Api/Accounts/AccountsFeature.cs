using Goals.Api.GraphQL;

namespace Goals.Api.Accounts;

public static class AccountsFeature
{
    public static IServiceCollection AddAccountsFeature(this IServiceCollection services)
    {
        services.AddSingleton<AccountService>();
        services.AddSingleton<IMutationFields, AccountFields>();
        return services;
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Demo;
using Prongsai.Core.Measures;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;

namespace Prongsai.Core;

/// <summary>Use cases and Identity's account services, shared by the web app and the command line.</summary>
public static class CoreServices
{
    public static IServiceCollection AddProngsaiCore(this IServiceCollection services)
    {
        services.AddIdentityCore<StaffUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 5;
                // Per account, not per address: a district office shares one public address.
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<Data.ProngsaiDbContext>()
            .AddErrorDescriber<ThaiIdentityErrors>()
            .AddDefaultTokenProviders();

        services.AddScoped<CreateOrganization>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<UpdateOrganizationProfile>();
        services.AddScoped<DemoSeeder>();
        services.AddMeasures();
        services.AddProngsaiPublishing();
        return services;
    }
}

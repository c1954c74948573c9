using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Common;
using Prongsai.Core.Features;
using Prongsai.Core.Jobs;
using Prongsai.Core.Organizations;

namespace Prongsai.Core;

/// <summary>Identity's account services and every feature's use cases, shared by the web app and the command line.</summary>
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
            .AddDefaultTokenProviders()
            .AddSignInManager();

        // Identity's token providers need data protection; each host also persists the keys (Program, CliApp).
        services.AddDataProtection();
        services.AddOptions<BackgroundJobOptions>().BindConfiguration(BackgroundJobOptions.Section)
            .Checked(BackgroundJobOptions.Section, rules => rules.Whole(nameof(BackgroundJobOptions.IntervalSeconds), o => o.IntervalSeconds, 1, 24 * 3600));
        services.AddSingleton(FeatureRegistry.Current);
        FeatureRegistry.Build(ProngsaiFeatures.All, services);
        return services;
    }
}

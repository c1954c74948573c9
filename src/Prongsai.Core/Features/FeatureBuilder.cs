using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Auditing;
using Prongsai.Core.Demo;
using Prongsai.Core.Jobs;
using Prongsai.Core.Ledger;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;

namespace Prongsai.Core.Features;

/// <summary>What a feature registers: its services, and its declarations for the shared parts.</summary>
public sealed class FeatureBuilder(IServiceCollection services, string featureName)
{
    private readonly List<PermissionDefinition> permissions = [];
    private readonly List<StaffMenuEntry> menu = [];

    public string FeatureName { get; } = featureName;
    public IServiceCollection Services { get; } = services;
    public IReadOnlyList<PermissionDefinition> Permissions => permissions;
    public IReadOnlyList<StaffMenuEntry> Menu => menu;

    /// <summary>Declares a permission and the roles that hold it by default (docs/permissions.md is checked against these).</summary>
    public FeatureBuilder Permission(string key, string thai, string english, params OrgRole[] roles)
    {
        permissions.Add(new PermissionDefinition(key, thai, english, roles));
        return this;
    }

    /// <summary>A permission that department roles hold only for their own departments' items.</summary>
    public FeatureBuilder DepartmentScopedPermission(string key, string thai, string english, params OrgRole[] roles)
    {
        permissions.Add(new PermissionDefinition(key, thai, english, roles, DepartmentScoped: true));
        return this;
    }

    public FeatureBuilder MenuEntry(StaffMenuGroup group, int order, string path, string thai, string english, string permission)
    {
        menu.Add(new StaffMenuEntry(group, order, path, thai, english, permission));
        return this;
    }

    public FeatureBuilder UseCase<T>() where T : class
    {
        Services.AddScoped<T>();
        return this;
    }

    public FeatureBuilder Job<T>() where T : class, IBackgroundJob
    {
        Services.AddScoped<T>();
        Services.AddScoped<IBackgroundJob>(sp => sp.GetRequiredService<T>());
        return this;
    }

    /// <summary>Rows of the feature whose words the audit trail records as changed without copying them.</summary>
    public FeatureBuilder ConfidentialRows<T>() where T : class, IConfidentialRows
    {
        Services.AddSingleton<IConfidentialRows, T>();
        return this;
    }

    public FeatureBuilder SearchIndexer<T>() where T : class, ISearchIndexer
    {
        Job<T>();
        Services.AddScoped<ISearchIndexer>(sp => sp.GetRequiredService<T>());
        return this;
    }

    public FeatureBuilder LedgerSource<T>() where T : class, ILedgerItemSource
    {
        Services.AddScoped<ILedgerItemSource, T>();
        return this;
    }

    public FeatureBuilder EvidenceSource<T>() where T : class, IEvidenceSource
    {
        Services.AddScoped<IEvidenceSource, T>();
        return this;
    }

    public FeatureBuilder DashboardCard<T>() where T : class, IDashboardCard
    {
        Services.AddScoped<IDashboardCard, T>();
        return this;
    }

    /// <summary>Something the feature's deletes put in the trash, which the trash lists, restores and purges through it.</summary>
    public FeatureBuilder TrashKind<T>() where T : class, ITrashKind
    {
        Services.AddScoped<ITrashKind, T>();
        return this;
    }

    public FeatureBuilder DemoContent<T>() where T : class, IDemoContent
    {
        Services.AddScoped<IDemoContent, T>();
        return this;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Features;

/// <summary>
/// What the features declared: the permissions with their roles (the one matrix) and the staff menu.
/// Built once from <see cref="ProngsaiFeatures.All"/>; the same declarations whatever host asks.
/// </summary>
public sealed class FeatureRegistry
{
    private static readonly Lazy<FeatureRegistry> Declared = new(() => Build(ProngsaiFeatures.All, new ServiceCollection()));

    private readonly Dictionary<string, PermissionDefinition> byKey;

    private FeatureRegistry(IReadOnlyList<PermissionDefinition> permissions, IReadOnlyList<StaffMenuEntry> menu)
    {
        Permissions = permissions;
        Menu = menu;
        byKey = permissions.ToDictionary(p => p.Key, StringComparer.Ordinal);
    }

    /// <summary>The declarations of the features in <see cref="ProngsaiFeatures.All"/>.</summary>
    public static FeatureRegistry Current => Declared.Value;

    public IReadOnlyList<PermissionDefinition> Permissions { get; }
    public IReadOnlyList<StaffMenuEntry> Menu { get; }

    public PermissionDefinition? Find(string permission) => byKey.GetValueOrDefault(permission);

    /// <summary>Fails closed: an undeclared permission is held by no one.</summary>
    public bool Allows(IEnumerable<OrgRole> roles, string permission) =>
        byKey.TryGetValue(permission, out var definition) && roles.Any(definition.Roles.Contains);


    /// <summary>Registers every feature's services into <paramref name="services"/> and collects the declarations.</summary>
    public static FeatureRegistry Build(IReadOnlyList<IFeature> features, IServiceCollection services)
    {
        var permissions = new List<PermissionDefinition>();
        var menu = new List<StaffMenuEntry>();
        foreach (var feature in features)
        {
            var builder = new FeatureBuilder(services, feature.GetType().Name);
            feature.Register(builder);
            permissions.AddRange(builder.Permissions);
            menu.AddRange(builder.Menu);
        }

        var duplicate = permissions.GroupBy(p => p.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Permission '{duplicate.Key}' is declared by more than one feature.");
        }

        var undeclared = menu.FirstOrDefault(m => permissions.All(p => p.Key != m.Permission));
        if (undeclared is not null)
        {
            throw new InvalidOperationException($"Menu entry '{undeclared.Path}' needs undeclared permission '{undeclared.Permission}'.");
        }

        return new FeatureRegistry(permissions, menu.OrderBy(m => m.Group).ThenBy(m => m.Order).ToList());
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;

namespace Portal.Core.Navigation;

/// <summary>Builds the admin menu from the enabled features' providers, keeping what the user may open.</summary>
internal sealed class AdminMenu(IEnumerable<IAdminMenuProvider> providers, IFeatureState features, IAuthorizationService authorization) : IAdminMenu
{
    public async Task<IReadOnlyList<MenuItem>> BuildAsync(ClaimsPrincipal user)
    {
        var builder = new AdminMenuBuilder();
        foreach (var provider in features.Enabled(providers))
            provider.BuildMenu(builder);

        var visible = new List<AdminMenuBuilder.Entry>();
        foreach (var entry in builder.Entries)
            if (entry.Permission is null || await authorization.AuthorizeAsync(user, entry.Permission))
                visible.Add(entry);

        return visible
            .GroupBy(e => e.Group)
            .Select(g => new MenuItem(g.Key.Text, null, g.Key.Position,
                g.OrderBy(e => e.Position).Select(e => new MenuItem(e.Text, e.Url, e.Position, [])).ToList()))
            .OrderBy(m => m.Position)
            .ToList();
    }
}

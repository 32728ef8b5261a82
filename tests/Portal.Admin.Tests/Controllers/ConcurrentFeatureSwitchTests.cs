using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Organization.Contracts;
using Portal.Testing;

namespace Portal.Admin.Tests.Controllers;

[DatabaseSensitive("feature switches in parallel on one row each")]
public sealed class ConcurrentFeatureSwitchTests
{
    [Fact]
    public async Task ManySwitchingTheSameFeatureAtOnce_AllSucceed_AndLeaveOneRowEach()
    {
        await using var factory = new PortalFactory();
        await factory.WithScopeAsync(sp => sp.GetRequiredService<FeatureManager>().DisableAsync(OrganizationFeature.PublicPages));
        await factory.WithScopeAsync(sp => sp.GetRequiredService<FeatureManager>().DisableAsync(OrganizationFeature.Id));

        var changes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            factory.WithScopeAsync(sp => sp.GetRequiredService<FeatureManager>().EnableAsync([OrganizationFeature.PublicPages]))));

        Assert.All(changes, c => Assert.True(c.Succeeded));
        var rows = await factory.WithScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().Features.AsNoTracking()
            .Where(f => f.FeatureId.StartsWith(OrganizationFeature.Id)).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.True(r.Enabled));
        Assert.True(factory.Services.GetRequiredService<FeatureState>().IsEnabled(OrganizationFeature.PublicPages));
    }
}

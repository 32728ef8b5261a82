using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Activities.Contracts;
using Portal.Activities.Models;
using Portal.Activities.Search;
using Portal.Activities.Services;
using Portal.Core.Modules;
using Portal.Search.Contracts;
using Portal.Testing;

namespace Portal.Activities.Tests.Public;

/// <summary>Search is optional for activities, and activities for the site: each switched off, the rest works as before.</summary>
public sealed class FeaturesOffTests
{
    [DatabaseSensitive("reads the search task log")]
    [Fact]
    public async Task WithSearchSwitchedOff_ActivitiesChange_WithoutSearchTasks()
    {
        await using var site = new ActivitiesSite();
        var unit = (await site.CreateUnitsAsync()).StationA;
        await site.CreateActivityAsync(unit.Id, 2);
        var whileOn = await site.CountSearchTasksAsync(ActivitySearchSource.SourceName);
        Assert.True(whileOn > 0);
        var off = await site.WithScopeAsync(sp => sp.GetRequiredService<FeatureManager>().DisableAsync(SearchFeature.Id));
        Assert.True(off.Succeeded, off.Refusal);

        var id = await site.CreateActivityAsync(unit.Id, 2);
        var volunteer = site.Volunteers.Add("u-" + Guid.NewGuid().ToString("N"), unit.Id);
        await site.WithScopeAsync(sp => sp.GetRequiredService<SignUpService>().SignUpAsync(volunteer.UserId, id));

        Assert.Equal(ActivityStatus.Recruiting, await site.ReadAsync(db => db.Activities.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
        Assert.Equal(whileOn, await site.CountSearchTasksAsync(ActivitySearchSource.SourceName));
    }

    [Fact]
    public async Task WithActivitiesSwitchedOff_TheHomePageShowsThePlaceholder_AndTheirPagesAnswer404()
    {
        await using var site = new ActivitiesSite();
        // Resources depends on Activities, so it goes first.
        Assert.True((await site.WithScopeAsync(sp => sp.GetRequiredService<FeatureManager>().DisableAsync(Portal.Resources.Contracts.ResourcesFeature.Id))).Succeeded);
        var off = await site.WithScopeAsync(sp => sp.GetRequiredService<FeatureManager>().DisableAsync(ActivitiesFeature.Id));
        Assert.True(off.Succeeded, off.Refusal);
        using var client = site.CreatePortalClient();

        var home = await client.GetPageAsync("/");

        Assert.Contains("志愿服务活动（即将上线）", home.QuerySelector(".home-activities")!.TextContent);
        Assert.DoesNotContain(home.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/activities");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/activities")).StatusCode);
    }
}

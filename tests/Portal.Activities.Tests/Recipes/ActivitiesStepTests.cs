using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Recipes;
using Portal.Activities.Models;
using Portal.Core.Recipes;
using Portal.Testing;

namespace Portal.Activities.Tests.Recipes;

[Collection(SharedSite.Name)]
public sealed class ActivitiesStepTests(ActivitiesSite site)
{
    private Task RunAsync(string json)
        => site.WithScopeAsync(sp => sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(Recipe.Parse(json)));

    [Fact]
    public async Task ThePilotRecipe_AddsSampleActivities_Recruiting_AndUpcoming()
    {
        var samples = await site.ReadAsync(db => db.Activities.Where(a => a.Title.EndsWith("（示例）")).ToListAsync());

        Assert.True(samples.Count >= 4);
        Assert.All(samples, a => Assert.Equal(ActivityStatus.Recruiting, a.Status));
        Assert.All(samples, a => Assert.True(a.StartsUtc > DateTime.UtcNow));
        Assert.Contains(samples, a => a.InsuranceRequired && a.Tags.Contains("冬至"));
    }

    [DatabaseSensitive("a recipe run twice relies on unique keys")]
    [Fact]
    public async Task TheStep_RunTwice_CreatesEachActivityOnce()
    {
        var title = "配方活动" + Guid.NewGuid().ToString("N")[..6];
        var json = $$"""
            { "name": "t", "steps": [ { "name": "activities", "projects": [ { "unit": "JY-ZZ", "title": "{{title}}项目", "activities": [
                { "title": "{{title}}", "category": "理论宣讲", "platform": "Theory", "place": "长江村文化礼堂", "startsInDays": 5,
                  "from": "19:00", "to": "20:30", "places": 3, "tags": ["农忙"] } ] } ] } ] }
            """;

        await RunAsync(json);
        await RunAsync(json);

        var activity = await site.ReadAsync(db => db.Activities.SingleAsync(a => a.Title == title));
        Assert.Equal((ActivityStatus.Recruiting, Platform.Theory, 3), (activity.Status, activity.Platform, activity.Places));
        Assert.Equal(1, await site.ReadAsync(db => db.Projects.CountAsync(p => p.Title == title + "项目")));
    }

    [Theory]
    [InlineData("\"unit\": \"NOPE\"", "\"places\": 3", "$.steps[0].projects[0].unit")]
    [InlineData("\"unit\": \"JY\"", "\"places\": -3", "$.steps[0].projects[0].activities[0].places")]
    [InlineData("\"unit\": \"JY\"", "\"places\": 3, \"status\": \"Finished\"", "$.steps[0].projects[0].activities[0].status")]
    public async Task ABadEntry_IsRejectedWithItsJsonPath_AndNothingIsKept(string unit, string places, string path)
    {
        var title = "坏配方" + Guid.NewGuid().ToString("N")[..6];
        var json = $$"""
            { "name": "bad", "steps": [ { "name": "activities", "projects": [ { {{unit}}, "title": "{{title}}", "activities": [
                { "title": "{{title}}", "category": "理论宣讲", "platform": "Theory", "place": "某地", "startsInDays": 5, "from": "19:00", "to": "20:30", {{places}} } ] } ] } ] }
            """;

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(json));

        Assert.Equal(path, error.JsonPath);
        Assert.False(await site.ReadAsync(db => db.Projects.AnyAsync(p => p.Title == title)));
    }
}

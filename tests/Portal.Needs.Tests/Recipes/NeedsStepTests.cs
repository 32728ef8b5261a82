using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Recipes;
using Portal.Core.Recipes;
using Portal.Needs.Models;
using Portal.Organization.Contracts;
using Portal.Testing;

namespace Portal.Needs.Tests.Recipes;

[Collection(SharedSite.Name)]
public sealed class NeedsStepTests(PortalFactory site)
{
    [Fact]
    public async Task ThePilotRecipe_OrdersSampleNeeds_ThroughTheRealSteps()
    {
        var samples = await site.ReadAsync(db => db.Needs.AsNoTracking().Where(n => n.Title.EndsWith("（示例）")).ToListAsync());

        Assert.Equal(4, samples.Count);
        Assert.Equal([NeedStatus.Submitted, NeedStatus.Published, NeedStatus.Dispatched, NeedStatus.Done], samples.Select(n => n.Status).Order());
        Assert.All(samples, n => Assert.DoesNotContain("1380000", n.PhoneProtected));
        var done = samples.Single(n => n.Status == NeedStatus.Done);
        Assert.Equal(ServiceKind.Direct, done.ServiceKind);
        var steps = await site.ReadAsync(db => db.Steps.Where(s => s.NeedId == done.Id).Select(s => s.Status).ToListAsync());
        Assert.Equal([NeedStatus.Submitted, NeedStatus.Approved, NeedStatus.Dispatched, NeedStatus.Accepted, NeedStatus.Done], steps.Order());

        // Other tests of the shared site order needs too: the menu filtered to the sample's unit, category and status.
        var sample = samples.Single(n => n.Title == "寒假留守儿童作业辅导（示例）");
        var unit = (await site.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindAsync(sample.UnitId)))!;
        using var anyone = site.CreatePortalClient();
        var menu = await anyone.GetPageAsync($"/needs?unit={unit.Code}&category={Uri.EscapeDataString(sample.Category)}&status={sample.Status}");
        Assert.Contains(menu.QuerySelectorAll(".need-row .need-title"), t => t.TextContent == "寒假留守儿童作业辅导（示例）");
    }

    [DatabaseSensitive("a recipe run twice relies on unique keys")]
    [Fact]
    public async Task TheStep_RunTwice_OrdersEachNeedOnce()
    {
        var title = NeedsTestData.Unique("配方点单");
        var json = $$"""
            { "name": "t", "steps": [ { "name": "needs", "needs": [ { "unit": "JY-CJ-DM", "category": "便民服务", "title": "{{title}}",
              "description": "修自行车", "contactName": "王五", "phone": "13900000009", "status": "Accepted", "assignTo": "JY-CJ-DM" } ] } ] }
            """;

        await RunAsync(json);
        await RunAsync(json);

        var saved = await site.ReadAsync(db => db.Needs.AsNoTracking().Where(n => n.Title == title).ToListAsync());
        Assert.Equal(NeedStatus.Accepted, Assert.Single(saved).Status);
    }

    [Theory]
    [InlineData("\"unit\": \"NOPE\", \"phone\": \"13900000009\"", "$.steps[0].needs[0].unit", "未知的单位代码")]
    [InlineData("\"unit\": \"JY-CJ-DM\", \"phone\": \"123\"", "$.steps[0].needs[0].phone", "手机号码应为")]
    [InlineData("\"unit\": \"JY-CJ-DM\", \"phone\": \"13900000009\", \"status\": \"Done\"", "$.steps[0].needs[0].assignTo", "assignTo")]
    public async Task BadEntries_NameTheJsonPath_AndSaveNothing(string fields, string path, string message)
    {
        var title = NeedsTestData.Unique("坏配方");
        var json = $$"""
            { "name": "t", "steps": [ { "name": "needs", "needs": [ { "category": "便民服务", "title": "{{title}}", "description": "修自行车",
              "contactName": "王五", {{fields}} } ] } ] }
            """;

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(json));

        Assert.True(error.Message.Contains(path) && error.Message.Contains(message), error.Message);
        Assert.False(await site.ReadAsync(db => db.Needs.AnyAsync(n => n.Title == title)));
    }

    private Task RunAsync(string json)
        => site.WithScopeAsync(sp => sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(Recipe.Parse(json)));
}

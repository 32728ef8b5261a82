using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Needs.Models;
using Portal.Needs.Services;
using Portal.Testing;

namespace Portal.Needs.Tests.Admin;

/// <summary>抢单: of many stations taking one published need at once, exactly one gets it.</summary>
[DatabaseSensitive("parallel takes under a conditional update")]
[Collection(SharedSite.Name)]
public sealed class TakeTests(PortalFactory site)
{
    [Fact]
    public async Task ParallelTakes_FirstWins_TheOthersAreToldItIsGone()
    {
        var stations = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            var (a, b) = await site.CreateStationsAsync();
            stations.AddRange([a.Id, b.Id]);
        }
        var (id, _) = await site.OrderAsync(await site.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<Organization.Contracts.IUnitDirectory>().FindAsync(stations[0]))!.Code));
        await site.StepAsync(s => s.ReviewAsync(id, true, null, "中心"), s => s.PublishAsync(id, "中心"));

        using var start = new ManualResetEventSlim();
        var takes = stations.SelectMany(unit => Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return site.WithScopeAsync(sp => sp.GetRequiredService<NeedService>().TakeAsync(id, unit, "站点"));
        }))).ToList();
        start.Set();
        var answers = await Task.WhenAll(takes);

        Assert.Single(answers, a => a is null);
        Assert.All(answers.Where(a => a is not null), a => Assert.Equal(NeedService.TakenMessage, a));
        var need = await site.NeedAsync(id);
        Assert.Equal(NeedStatus.Dispatched, need.Status);
        Assert.Contains(need.AssignedUnitId!.Value, stations);
        Assert.Equal(1, await site.ReadAsync(db => db.Steps.CountAsync(s => s.NeedId == id && s.Status == NeedStatus.Dispatched)));
    }

    [Fact]
    public async Task StaffTakeForTheirOwnStationOnly_ThroughThePage()
    {
        var (stationA, stationB) = await site.CreateStationsAsync();
        var (id, _) = await site.OrderAsync(stationA.Code);
        await site.StepAsync(s => s.ReviewAsync(id, true, null, "中心"), s => s.PublishAsync(id, "中心"));
        using var staffB = await site.CreateStaffClientAsync(stationB.Id);

        var forbidden = await staffB.SubmitFormAsync($"/admin/needs/{id}", "form.take-form", new Dictionary<string, string> { ["unitId"] = stationA.Id.ToString() });
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(NeedStatus.Published, (await site.NeedAsync(id)).Status);

        var taken = await staffB.SubmitFormAsync($"/admin/needs/{id}", "form.take-form");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(stationB.Id, (await site.NeedAsync(id)).AssignedUnitId);
    }
}

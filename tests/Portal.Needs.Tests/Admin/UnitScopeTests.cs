using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Needs.Admin;
using Portal.Needs.Models;
using Portal.Testing;

namespace Portal.Needs.Tests.Admin;

[Collection(SharedSite.Name)]
public sealed class UnitScopeTests(PortalFactory site)
{
    [Fact]
    public async Task AnotherStationsStaff_NeitherSeeNorActOnANeedDispatchedToMine()
    {
        var (stationA, stationB) = await site.CreateStationsAsync();
        var (id, _) = await site.OrderAsync(stationA.Code);
        await site.StepAsync(s => s.ReviewAsync(id, true, null, "中心"), s => s.DispatchAsync(id, stationA.Id, "中心"));
        using var mine = await site.CreateStaffClientAsync(stationA.Id);
        using var other = await site.CreateStaffClientAsync(stationB.Id);

        Assert.Equal(HttpStatusCode.OK, (await mine.GetAsync($"/admin/needs/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/needs/{id}")).StatusCode);
        var list = await other.GetPageAsync("/admin/needs");
        Assert.Null(list.QuerySelector($"tr[data-need='{id}']"));
        Assert.NotNull((await mine.GetPageAsync("/admin/needs")).QuerySelector($"tr[data-need='{id}']"));

        foreach (var action in new[] { "accept", "refuse", "complete", "contact" })
        {
            var response = await other.PostWithTokenAsync("/admin/needs", $"/admin/needs/{id}/{action}", ("kind", "Direct"), ("note", "抢着做"), ("reason", "不想做"));
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{action}: {response.StatusCode}");
        }
        Assert.Equal((NeedStatus.Dispatched, stationA.Id), ((await site.NeedAsync(id)).Status, (await site.NeedAsync(id)).AssignedUnitId!.Value));
    }

    [Fact]
    public async Task StationStaff_MayNotReviewOrDispatch_TheCenterDoes()
    {
        var (stationA, _) = await site.CreateStationsAsync();
        var (id, _) = await site.OrderAsync(stationA.Code);
        using var staff = await site.CreateStaffClientAsync(stationA.Id);

        var page = await staff.GetPageAsync($"/admin/needs/{id}");
        Assert.Null(page.QuerySelector("form.review-approve"));
        var response = await staff.PostWithTokenAsync($"/admin/needs/{id}", $"/admin/needs/{id}/review", ("approve", "true"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(NeedStatus.Submitted, (await site.NeedAsync(id)).Status);
    }

    [Fact]
    public async Task TheFullContact_NeedsItsPermission_AndEachReadIsRecorded()
    {
        var (stationA, _) = await site.CreateStationsAsync();
        var phone = NeedsTestData.NewMobile();
        var (id, _) = await site.OrderAsync(stationA.Code, phone);
        using var staff = await site.CreateStaffClientAsync(stationA.Id);
        using var center = await site.CreateAdminClientAsync();

        var staffPage = await staff.GetPageAsync($"/admin/needs/{id}");
        Assert.Equal("李*英 " + phone[..3] + "****" + phone[^4..], staffPage.QuerySelector(".contact-masked")!.TextContent.Trim());
        Assert.Null(staffPage.QuerySelector("form.contact-form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostWithTokenAsync($"/admin/needs/{id}", $"/admin/needs/{id}/contact")).StatusCode);

        var read = await center.SubmitFormAsync($"/admin/needs/{id}", "form.contact-form");
        var full = await PortalClient.ParseAsync(read);
        Assert.Equal((phone, "李桂英"), (full.QuerySelector(".contact-phone")!.TextContent, full.QuerySelector(".contact-name")!.TextContent));
        Assert.True(read.Headers.CacheControl?.NoStore);
        var reads = await site.WithScopeAsync(sp => sp.GetRequiredService<IPersonalDataReads>().ListAsync(NeedPersonalData.Kind, NeedPersonalData.Id(id)));
        Assert.Equal(["admin"], reads.Select(r => r.ReaderName));
        Assert.Equal(["ContactName", "Phone"], reads.Single().Fields);
    }

    [Fact]
    public async Task AStepPastItsDeadline_IsMarkedOverdueInTheList()
    {
        var (stationA, _) = await site.CreateStationsAsync();
        var (late, _) = await site.OrderAsync(stationA.Code);
        var (fresh, _) = await site.OrderAsync(stationA.Code);
        await site.ReadAsync(async db =>
        {
            var need = db.Needs.Single(n => n.Id == late);
            need.StatusSinceUtc = DateTime.UtcNow.AddHours(-25);
            return await db.SaveChangesAsync();
        });
        using var staff = await site.CreateStaffClientAsync(stationA.Id);

        var list = await staff.GetPageAsync("/admin/needs");

        Assert.Contains("overdue", list.QuerySelector($"tr[data-need='{late}']")!.ClassList);
        Assert.DoesNotContain("overdue", list.QuerySelector($"tr[data-need='{fresh}']")!.ClassList);
        var onlyLate = await staff.GetPageAsync("/admin/needs?overdue=true");
        Assert.NotNull(onlyLate.QuerySelector($"tr[data-need='{late}']"));
        Assert.Null(onlyLate.QuerySelector($"tr[data-need='{fresh}']"));
    }
}

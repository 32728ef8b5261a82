using AngleSharp.Dom;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Recipes;
using Portal.Resources.Admin;
using Portal.Resources.Models;
using Portal.Resources.Services;
using Portal.Testing;

namespace Portal.Resources.Tests.Inventory;

[Collection(SharedSite.Name)]
public sealed class InventoryTests(PortalFactory site)
{
    private static Dictionary<string, string> Form(int unitId, string name) => new()
    {
        ["Name"] = name, ["UnitId"] = unitId.ToString(), ["Kind"] = "农家书屋", ["Platforms"] = "Education", ["Ownership"] = "Owned",
        ["Capacity"] = "30", ["Status"] = "InUse", ["Hours[0]"] = "09:00-17:00",
    };

    [Fact]
    public async Task ACapacityOfMinusOne_AndABorrowedResourceWithoutItsAgreement_GetTheirMessages_AndNothingIsSaved()
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        using var staff = await site.CreateStaffClientAsync(station.Id);
        var name = ResourcesTestData.Unique("书屋");
        var form = Form(station.Id, name);
        form["Capacity"] = "-1";
        form["Hours[1]"] = "九点到五点";

        var response = await staff.SubmitFormAsync("/admin/resources/create", "form.resource-form", form);
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("容纳人数应为 0 或正整数", page.Errors());
        Assert.Contains("周二的开放时间格式不正确", page.Errors());

        form = Form(station.Id, name);
        form["Ownership"] = "Available";
        form["Platforms"] = "Sports";
        response = await staff.SubmitFormAsync("/admin/resources/create", "form.resource-form", form);
        var errors = (await PortalClient.ParseAsync(response)).Errors();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var message in new[] { "“Sports”不是五大平台之一", "可用资源请填写权属单位", "权属方联系人", "可用资源请填写使用协议的到期日期" })
            Assert.Contains(message, errors);
        Assert.False(await site.ReadAsync(db => db.Resources.AnyAsync(r => r.Name == name)));
    }

    [Fact]
    public async Task AStaleEdit_IsRefusedWithAMessage_AndTheFirstEditStays()
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        var id = await site.CreateResourceAsync(ResourcesTestData.Input(station.Id, ResourcesTestData.Unique("礼堂")));
        using var first = await site.CreateStaffClientAsync(station.Id);
        using var second = await site.CreateStaffClientAsync(station.Id);
        var secondPage = await second.GetPageAsync($"/admin/resources/{id}/edit");

        var saved = await first.SubmitFormAsync($"/admin/resources/{id}/edit", "form.resource-form", new Dictionary<string, string> { ["Capacity"] = "150" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stale = await second.SubmitAsync(secondPage.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("form.resource-form")!,
            new Dictionary<string, string> { ["Capacity"] = "90" });

        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains(ResourceService.StaleMessage, (await PortalClient.ParseAsync(stale)).Errors());
        Assert.Equal(150, (await site.ResourceAsync(id)).Capacity);
    }

    [Fact]
    public async Task AnotherStationsStaff_NeitherSeeNorChange_MyResources()
    {
        var (_, stationA, stationB) = await site.CreateUnitsAsync();
        var id = await site.CreateResourceAsync(ResourcesTestData.Input(stationA.Id, ResourcesTestData.Unique("广场"), i => i.Kind = "广场"));
        using var mine = await site.CreateStaffClientAsync(stationA.Id);
        using var other = await site.CreateStaffClientAsync(stationB.Id);

        Assert.NotNull((await mine.GetPageAsync("/admin/resources")).QuerySelector($"tr[data-resource='{id}']"));
        Assert.Null((await other.GetPageAsync("/admin/resources")).QuerySelector($"tr[data-resource='{id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/resources/{id}/edit")).StatusCode);
        var posted = await other.PostWithTokenAsync("/admin/resources/create", $"/admin/resources/{id}/edit", ("Name", "改名"), ("Status", "Retired"));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        var created = await other.PostWithTokenAsync("/admin/resources/create", "/admin/resources/create", ("Name", "冒名"), ("UnitId", stationA.Id.ToString()));
        Assert.Equal(HttpStatusCode.Forbidden, created.StatusCode);
        Assert.Equal(ResourceStatus.InUse, (await site.ResourceAsync(id)).Status);
    }

    [Fact]
    public async Task TheOwnersContact_IsEncryptedAtRest_ShownMasked_AndItsFullReadNeedsThePermission_AndIsRecorded()
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        var phone = ResourcesTestData.NewMobile();
        var contact = ResourcesTestData.Unique("欧阳");
        var name = ResourcesTestData.Unique("借用体育馆");
        var id = await site.CreateResourceAsync(ResourcesTestData.Input(station.Id, name, i =>
        {
            ResourcesTestData.Borrowed(i, phone: phone);
            i.ContactName = contact;
        }));
        using var staff = await site.CreateStaffClientAsync(station.Id);
        using var center = await site.CreateAdminClientAsync();

        Assert.Empty(await PlaintextScan.FindAsync(site, "Resources_", name, phone, contact));
        var page = await staff.GetPageAsync($"/admin/resources/{id}/edit");
        Assert.Contains(phone[..3] + "****" + phone[^4..], page.QuerySelector(".contact-masked")!.TextContent);
        Assert.Null(page.QuerySelector("form.contact-form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostWithTokenAsync($"/admin/resources/{id}/edit", $"/admin/resources/{id}/contact")).StatusCode);

        var read = await center.SubmitFormAsync($"/admin/resources/{id}/edit", "form.contact-form");
        var full = await PortalClient.ParseAsync(read);
        Assert.Equal((phone, contact), (full.QuerySelector(".contact-phone")!.TextContent, full.QuerySelector(".contact-name")!.TextContent));
        Assert.True(read.Headers.CacheControl?.NoStore);
        var reads = await site.WithScopeAsync(sp => sp.GetRequiredService<IPersonalDataReads>().ListAsync(ResourcePersonalData.Kind, ResourcePersonalData.Id(id)));
        Assert.Equal(["admin"], reads.Select(r => r.ReaderName));

        // An edit that leaves the contact fields empty keeps the contact.
        var saved = await center.SubmitFormAsync($"/admin/resources/{id}/edit", "form.resource-form", new Dictionary<string, string> { ["Capacity"] = "400" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var resource = await site.ResourceAsync(id);
        Assert.Equal((400, phone[..3] + "****" + phone[^4..]), (resource.Capacity!.Value, resource.ContactPhoneMasked));
    }

    [DatabaseSensitive("a recipe run twice relies on unique keys")]
    [Fact]
    public async Task ThePilotRecipe_RegistersSampleResources_AndTheStepRunTwiceRegistersEachOnce()
    {
        var samples = await site.ReadAsync(db => db.Resources.AsNoTracking().Where(r => r.Name.EndsWith("（示例）")).ToListAsync());
        Assert.True(samples.Count >= 5, $"{samples.Count} samples");
        var borrowed = Assert.Single(samples, r => r.Ownership == Ownership.Available);
        Assert.NotNull(borrowed.AgreementEnds);
        Assert.DoesNotContain("1380000", borrowed.ContactPhoneProtected);
        Assert.True(samples.SelectMany(r => r.Platforms).Distinct().Count() >= 4);

        var name = ResourcesTestData.Unique("配方礼堂");
        var json = $$"""
            { "name": "t", "steps": [ { "name": "resources", "resources": [ { "unit": "JY-CJ-DM", "name": "{{name}}", "kind": "文化礼堂",
              "platforms": [ "Culture" ], "ownership": "Owned", "capacity": 100 } ] } ] }
            """;
        await RunAsync(json);
        await RunAsync(json);
        Assert.Equal(1, await site.ReadAsync(db => db.Resources.CountAsync(r => r.Name == name)));

        var bad = json.Replace("\"capacity\": 100", "\"capacity\": -1").Replace(name, name + "坏");
        var error = await Assert.ThrowsAsync<Portal.Abstractions.Recipes.RecipeException>(() => RunAsync(bad));
        Assert.True(error.Message.Contains("$.steps[0].resources[0].capacity") && error.Message.Contains("容纳人数"), error.Message);
    }

    private Task RunAsync(string json)
        => site.WithScopeAsync(sp => sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(Recipe.Parse(json)));
}

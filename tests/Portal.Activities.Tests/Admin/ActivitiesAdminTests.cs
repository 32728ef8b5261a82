using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Activities.Models;
using Portal.Testing;

namespace Portal.Activities.Tests.Admin;

[Collection(SharedSite.Name)]
public sealed class ActivitiesAdminTests(ActivitiesSite site)
{
    [Fact]
    public async Task Staff_CreateAnActivityOfTheirUnit_AsADraftWithEverythingTheFormSaid()
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        using var staff = await site.CreateStaffClientAsync(station.Id);
        var title = ActivitiesTestData.Unique("重阳敬老义诊");
        var form = ActivitiesTestData.ValidForm(station.Id, title, places: 12);
        form["Platform"] = "Culture";
        form["InsuranceRequired"] = "true";
        form["RequiredSkills"] = "医疗卫生、助老助残";
        form["RequiredCourseIds"] = "3, 5";
        form["MinAge"] = "18";
        form["MaxAge"] = "65";

        var response = await staff.SubmitFormAsync("/admin/activities/create", "form.activity-form", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await site.ReadAsync(db => db.Activities.SingleAsync(a => a.Title == title));
        Assert.Equal((station.Id, ActivityStatus.Draft, Platform.Culture, 12, true), (saved.UnitId, saved.Status, saved.Platform, saved.Places, saved.InsuranceRequired));
        Assert.Equal(["医疗卫生", "助老助残"], saved.RequiredSkills);
        Assert.Equal([3, 5], saved.RequiredCourseIds);
        Assert.Equal((18, 65), (saved.MinAge, saved.MaxAge));
        // The form's China time is stored as UTC.
        Assert.Equal(DateTime.ParseExact(form["Starts"], "yyyy-MM-dd'T'HH:mm", null).AddHours(-8), saved.StartsUtc);
    }

    [Theory]
    [InlineData("Ends", "BEFORE", "结束时间应晚于开始时间。")]
    [InlineData("Places", "-3", "招募名额应为 0 或正整数。")]
    [InlineData("Places", "十", "招募名额应为 0 或正整数。")]
    [InlineData("Category", "打麻将", "请从活动类别中选择")]
    [InlineData("Platform", "7", "请选择活动所属的平台")]
    [InlineData("Starts", "明天上午", "请填写开始时间")]
    [InlineData("Title", "", "请填写活动名称")]
    [InlineData("CoverUrl", "http://example.com/a.jpg", "封面应为媒体库中的图片地址")]
    [InlineData("CoverUrl", "/media/2026/11/none.jpg", "媒体库中没有图片")]
    [InlineData("RequiredCourseIds", "急救", "不是培训课程编号")]
    [InlineData("MinAge", "-1", "最小年龄应为 0 至 120 之间的整数")]
    [InlineData("MaxAge", "10", "最大年龄不能小于最小年龄。")]
    [InlineData("SignUpCloses", "AFTER", "报名截止时间不能晚于活动结束时间。")]
    [InlineData("Tags", "愚人节", "不在节令标签清单中")]
    public async Task BadInput_IsRefusedWithASpecificMessage_AndNothingIsSaved(string field, string value, string message)
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        using var staff = await site.CreateStaffClientAsync(station.Id);
        var title = ActivitiesTestData.Unique("错误输入");
        var form = ActivitiesTestData.ValidForm(station.Id, title);
        form["MinAge"] = "18";
        form[field] = value switch
        {
            "BEFORE" => ActivitiesTestData.Time(7, 8),
            "AFTER" => ActivitiesTestData.Time(8, 9),
            _ => value,
        };
        if (field == "Title")
            title = form["Title"];

        var response = await staff.SubmitFormAsync("/admin/activities/create", "form.activity-form", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await PortalClient.ParseAsync(response)).Errors());
        Assert.False(await site.ReadAsync(db => db.Activities.AnyAsync(a => a.UnitId == station.Id)));
    }

    [Fact]
    public async Task Staff_SeeAndEditOnlyTheirUnitsActivities()
    {
        var (_, stationA, stationB) = await site.CreateUnitsAsync();
        var mine = await site.CreateActivityAsync(stationA.Id, 5, recruiting: false);
        var theirs = await site.CreateActivityAsync(stationB.Id, 5, recruiting: false);
        using var staff = await site.CreateStaffClientAsync(stationA.Id);

        var list = await staff.GetPageAsync("/admin/activities");

        Assert.NotNull(list.QuerySelector($"tr[data-activity='{mine}']"));
        Assert.Null(list.QuerySelector($"tr[data-activity='{theirs}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/admin/activities/{theirs}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostWithTokenAsync("/admin/activities", $"/admin/activities/{theirs}/status", ("status", "Recruiting"))).StatusCode);
        var created = await staff.SubmitFormAsync("/admin/activities/create", "form.activity-form", ActivitiesTestData.ValidForm(stationB.Id, "越权新建"));
        Assert.Equal(HttpStatusCode.Forbidden, created.StatusCode);
        Assert.Equal(ActivityStatus.Draft, await site.ReadAsync(db => db.Activities.Where(a => a.Id == theirs).Select(a => a.Status).SingleAsync()));
        Assert.False(await site.ReadAsync(db => db.Activities.AnyAsync(a => a.Title == "越权新建")));
    }

    [Fact]
    public async Task AnActivity_MovesDraftRecruitingRunning_AndIsRefusedAnImpossibleMove()
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        var id = await site.CreateActivityAsync(station.Id, 3, recruiting: false, change: i => { i.Starts = ActivitiesTestData.Time(-1, 9); i.Ends = ActivitiesTestData.Time(1, 9); });
        using var staff = await site.CreateStaffClientAsync(station.Id);

        async Task<string> MoveAsync(string status)
        {
            var response = await staff.SubmitFormAsync($"/admin/activities/{id}/edit", $"form.status-form:has(input[value='{status}'])");
            return (await staff.FollowAsync(response)).QuerySelector(".alert")!.TextContent.Trim();
        }

        Assert.Contains("招募中", await MoveAsync("Recruiting"));
        Assert.Contains("进行中", await MoveAsync("Running"));
        var refused = await staff.PostWithTokenAsync($"/admin/activities/{id}/edit", $"/admin/activities/{id}/status", ("status", "Draft"));
        Assert.Contains("“进行中”的活动不能改为“草稿”", (await staff.FollowAsync(refused)).QuerySelector(".alert-error")!.TextContent);
        Assert.Contains("已结束", await MoveAsync("Finished"));
        Assert.Equal(ActivityStatus.Finished, await site.ReadAsync(db => db.Activities.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
        var edit = await staff.GetPageAsync($"/admin/activities/{id}/edit");
        Assert.Empty(edit.QuerySelectorAll("form.status-form"));
    }

    [Fact]
    public async Task Recruiting_WithNoPlaces_OrFinishing_BeforeTheStart_IsRefusedWithAMessage()
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        var none = await site.CreateActivityAsync(station.Id, 0, recruiting: false);
        var future = await site.CreateActivityAsync(station.Id, 2);

        var problems = await site.WithScopeAsync(async sp =>
        {
            var activities = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Services.ActivityService>(sp);
            return (await activities.ChangeStatusAsync(none, ActivityStatus.Recruiting),
                await activities.ChangeStatusAsync(future, ActivityStatus.Running) is null ? await activities.ChangeStatusAsync(future, ActivityStatus.Finished) : "running refused");
        });

        Assert.Contains("招募名额为 0", problems.Item1);
        Assert.Equal("活动还没有开始，不能标记为已结束。", problems.Item2);
    }

    [Fact]
    public async Task AStaleEdit_IsRefused_AndTheNewerOneKept()
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        var id = await site.CreateActivityAsync(station.Id, 4, recruiting: false);
        using var staff = await site.CreateStaffClientAsync(station.Id);
        var first = await staff.GetPageAsync($"/admin/activities/{id}/edit");
        var second = await staff.GetPageAsync($"/admin/activities/{id}/edit");

        var saved = await staff.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)first.QuerySelector("form.activity-form")!, new Dictionary<string, string> { ["Place"] = "第一处" });
        var stale = await staff.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)second.QuerySelector("form.activity-form")!, new Dictionary<string, string> { ["Place"] = "第二处" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("已被他人修改", (await PortalClient.ParseAsync(stale)).Errors());
        Assert.Equal("第一处", await site.ReadAsync(db => db.Activities.Where(a => a.Id == id).Select(a => a.Place).SingleAsync()));
    }

    [Fact]
    public async Task Categories_AreEditedInTheSettings_AndANewOneCanBeChosen()
    {
        using var admin = await site.CreateAdminClientAsync();
        var page = await admin.GetPageAsync("/admin/activities/settings");
        var categories = page.QuerySelector("#Categories")!.TextContent;
        var category = ActivitiesTestData.Unique("垃圾分类");

        var empty = await admin.SubmitFormAsync("/admin/activities/settings", "form.panel", new Dictionary<string, string> { ["Categories"] = " \n " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("请至少填写一个类别", (await PortalClient.ParseAsync(empty)).Errors());
        // A category written twice is kept once (the list as it was), and the confirmation says so.
        var twice = await admin.SubmitFormAsync("/admin/activities/settings", "form.panel", new Dictionary<string, string> { ["Categories"] = categories + "\n" + categories });
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Contains("只保留了第一个", (await admin.GetPageAsync("/admin/activities/settings")).Body!.TextContent);
        Assert.Equal(categories.Split('\n').Select(c => c.Trim()).Where(c => c.Length > 0), (await admin.GetPageAsync("/admin/activities/settings")).QuerySelector("#Categories")!.TextContent.Split('\n'));

        var saved = await admin.SubmitFormAsync("/admin/activities/settings", "form.panel", new Dictionary<string, string> { ["Categories"] = categories + "\n" + category });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var (_, station, _) = await site.CreateUnitsAsync();
        var form = ActivitiesTestData.ValidForm(station.Id, ActivitiesTestData.Unique("分类宣传"));
        form["Category"] = category;
        var created = await admin.SubmitFormAsync("/admin/activities/create", "form.activity-form", form);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains(category, (await admin.GetPageAsync("/admin/activities/create")).QuerySelector("#Category")!.TextContent);
    }

    [DatabaseSensitive("a unique index on project titles per unit")]
    [Fact]
    public async Task Projects_AreCreatedPerUnit_WithUniqueTitles_AndHoldActivities()
    {
        var (_, station, other) = await site.CreateUnitsAsync();
        using var staff = await site.CreateStaffClientAsync(station.Id);
        var title = ActivitiesTestData.Unique("田间课堂");
        var fields = new Dictionary<string, string> { ["Title"] = title, ["UnitId"] = station.Id.ToString(), ["Description"] = "农技进田头" };

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitFormAsync("/admin/activities/projects/create", "form.project-form", fields)).StatusCode);
        var again = await staff.SubmitFormAsync("/admin/activities/projects/create", "form.project-form", fields);
        Assert.Contains($"本单位已有名为 “{title}” 的服务项目。", (await PortalClient.ParseAsync(again)).Errors());
        var project = await site.ReadAsync(db => db.Projects.SingleAsync(p => p.Title == title));

        var form = ActivitiesTestData.ValidForm(station.Id, ActivitiesTestData.Unique("小麦田管"));
        form["ProjectId"] = project.Id.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitFormAsync($"/admin/activities/create?projectId={project.Id}", "form.activity-form", form)).StatusCode);
        using var admin = await site.CreateAdminClientAsync();
        var elsewhere = ActivitiesTestData.ValidForm(other.Id, ActivitiesTestData.Unique("别处活动"));
        elsewhere["ProjectId"] = project.Id.ToString();
        var refused = await admin.SubmitFormAsync("/admin/activities/create", "form.activity-form", elsewhere);
        Assert.Contains($"服务项目 “{title}” 不属于{other.Name}。", (await PortalClient.ParseAsync(refused)).Errors());
        Assert.Equal(1, await site.ReadAsync(db => db.Activities.CountAsync(a => a.ProjectId == project.Id)));
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;
using Portal.Volunteers.Contracts;
using Portal.Volunteers.Models;
using Portal.Volunteers.Tests.Teams;
using Portal.Volunteers.Training;

namespace Portal.Volunteers.Tests.Training;

[Collection(SharedSite.Name)]
public sealed class TrainingAdminTests(PortalFactory factory)
{
    private static string NewTitle(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");

    private Task<Course?> FindCourseAsync(string title) => factory.WithVolunteersAsync(db => db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Title == title));

    private async Task<Course> CreateCourseAsync(PortalClient client, string title, int unitId, int? validityMonths = 12)
    {
        var response = await client.SubmitFormAsync("/admin/volunteers/training/courses/create", "form.course-form", new Dictionary<string, string>
        {
            ["Title"] = title, ["Kind"] = "专业培训", ["Hours"] = "3.5", ["ValidityMonths"] = validityMonths?.ToString() ?? "", ["UnitId"] = unitId.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await FindCourseAsync(title))!;
    }

    private async Task<int> CreateSessionAsync(PortalClient client, Course course)
    {
        var response = await client.SubmitFormAsync($"/admin/volunteers/training/courses/{course.Id}", "form.add-session", new Dictionary<string, string>
        {
            ["startsAt"] = DateTime.UtcNow.AddHours(8).AddDays(-1).ToString("yyyy-MM-ddT09:00"), ["place"] = "实践站二楼会议室",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.RedirectTarget().Split('/').Last());
    }

    [Fact]
    public async Task ACourseWithBadInput_IsRefusedWithSpecificMessages_AndNothingIsSaved()
    {
        var (_, station, _) = await factory.CreateInstituteAsync();
        using var staff = await factory.CreateStaffAsync(station.Id);
        var title = NewTitle("急救");

        var response = await staff.SubmitFormAsync("/admin/volunteers/training/courses/create", "form.course-form", new Dictionary<string, string>
        {
            ["Title"] = title, ["Kind"] = "", ["Hours"] = "0", ["ValidityMonths"] = "500", ["UnitId"] = station.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await PortalClient.ParseAsync(response)).Errors();
        Assert.Contains("请填写培训类别", errors);
        Assert.Contains("学时须大于 0", errors);
        Assert.Contains("有效期须为 1–240 个月", errors);
        Assert.Null(await FindCourseAsync(title));
    }

    [Fact]
    public async Task ACourseRequiredForASkillAndAnActivityCategory_IsWhatTheRequirementsServiceGives()
    {
        var (_, station, _) = await factory.CreateInstituteAsync();
        using var staff = await factory.CreateStaffAsync(station.Id);
        var course = await CreateCourseAsync(staff, NewTitle("应急救护培训"), station.Id);
        var page = $"/admin/volunteers/training/courses/{course.Id}";
        var category = "应急救护演练" + Guid.NewGuid().ToString("N")[..4];

        await staff.SubmitFormAsync(page, "form.requirement-skill", new Dictionary<string, string> { ["name"] = "应急救护" });
        await staff.SubmitFormAsync(page, "form.requirement-category", new Dictionary<string, string> { ["name"] = category });
        var unknownSkill = await staff.SubmitFormAsync(page, "form.requirement-skill", new Dictionary<string, string> { ["name"] = "驾驶无人机" });

        Assert.Contains("不在技能清单中", (await staff.FollowAsync(unknownSkill)).Errors());
        var (bySkill, byCategory) = await factory.WithScopeAsync(async sp =>
        {
            var requirements = sp.GetRequiredService<TrainingRequirements>();
            return (await requirements.ForSkillsAsync(["应急救护"]), await requirements.ForActivityCategoriesAsync([category, "便民服务"]));
        });
        Assert.Contains(course.Id, bySkill);
        Assert.Equal([course.Id], byCategory);
        Assert.Equal(2, await factory.WithVolunteersAsync(db => db.CourseRequirements.CountAsync(r => r.CourseId == course.Id)));
    }

    [Fact]
    public async Task ASession_TakesAttendanceByNumber_AndResultsBecomeRecordsThatLetTheVolunteerServe()
    {
        var (_, station, _) = await factory.CreateInstituteAsync();
        using var staff = await factory.CreateStaffAsync(station.Id);
        var course = await CreateCourseAsync(staff, NewTitle("防汛安全"), station.Id, validityMonths: 12);
        var sessionId = await CreateSessionAsync(staff, course);
        var passer = await factory.CreateVolunteerAsync(station);
        var failer = await factory.CreateVolunteerAsync(station);
        var sessionPage = $"/admin/volunteers/training/sessions/{sessionId}";

        var attendance = await staff.SubmitFormAsync(sessionPage, "form.attendance-form",
            new Dictionary<string, string> { ["add"] = $"{passer.Number}\n{failer.Number}" });
        Assert.Contains("已保存签到", (await staff.FollowAsync(attendance)).Successes());
        var results = await staff.SubmitFormAsync(sessionPage, "form.results-form", new Dictionary<string, string>
        {
            ["completedOn"] = Today, [$"result-{passer.Id}"] = "passed", [$"result-{failer.Id}"] = "failed",
        });
        Assert.Contains("已保存培训结果", (await staff.FollowAsync(results)).Successes());

        var records = await factory.WithVolunteersAsync(db => db.TrainingRecords.AsNoTracking().Where(r => r.SessionId == sessionId).ToListAsync());
        var passed = records.Single(r => r.VolunteerId == passer.Id);
        Assert.True(passed.Passed);
        Assert.Equal(passed.CompletedOn.AddMonths(12), passed.ExpiresOn);
        Assert.False(records.Single(r => r.VolunteerId == failer.Id).Passed);
        var today = DateOnly.Parse(Today);
        var (ok, no) = await factory.WithScopeAsync(async sp =>
        {
            var rule = sp.GetRequiredService<ITrainingRule>();
            return (await rule.CheckAsync(passer.Id, [course.Id], today), await rule.CheckAsync(failer.Id, [course.Id], today));
        });
        Assert.True(ok.Allowed);
        Assert.Equal([course.Title], no.Missing);
    }

    [Fact]
    public async Task AttendanceWithAVolunteerOfAnotherStation_IsRefused_AndNothingIsSaved()
    {
        var (_, stationA, stationB) = await factory.CreateInstituteAsync();
        using var staffA = await factory.CreateStaffAsync(stationA.Id);
        var course = await CreateCourseAsync(staffA, NewTitle("岗前培训"), stationA.Id);
        var sessionId = await CreateSessionAsync(staffA, course);
        var own = await factory.CreateVolunteerAsync(stationA);
        var ofB = await factory.CreateVolunteerAsync(stationB);

        var response = await staffA.SubmitFormAsync($"/admin/volunteers/training/sessions/{sessionId}", "form.attendance-form",
            new Dictionary<string, string> { ["add"] = $"{own.Number}, {ofB.Number}" });

        var errors = (await staffA.FollowAsync(response)).Errors();
        Assert.Contains("没有找到本单位范围内编号为", errors);
        Assert.Contains(ofB.Number, errors);
        Assert.Equal(0, await factory.WithVolunteersAsync(db => db.SessionAttendance.CountAsync(a => a.SessionId == sessionId)));
    }

    [Fact]
    public async Task StaffOfStationA_CannotRecordTrainingForStationBsVolunteer_NorOpenStationBsCourse()
    {
        var (_, stationA, stationB) = await factory.CreateInstituteAsync();
        using var staffA = await factory.CreateStaffAsync(stationA.Id);
        using var staffB = await factory.CreateStaffAsync(stationB.Id);
        var courseOfA = await CreateCourseAsync(staffA, NewTitle("通用培训"), stationA.Id);
        var courseOfB = await CreateCourseAsync(staffB, NewTitle("专业培训"), stationB.Id);
        var ofB = await factory.CreateVolunteerAsync(stationB);

        var record = await staffA.SubmitFormAsync("/admin/volunteers/training/records", "form.record-form", new Dictionary<string, string>
        {
            ["Number"] = ofB.Number, ["CourseId"] = courseOfA.Id.ToString(), ["Passed"] = "true", ["CompletedOn"] = Today,
        });
        var lookup = await staffA.GetPageAsync($"/admin/volunteers/training/records?number={ofB.Number}");
        var open = await staffA.GetAsync($"/admin/volunteers/training/courses/{courseOfB.Id}");
        var editB = await staffA.PostWithTokenAsync("/admin/volunteers/training", $"/admin/volunteers/training/courses/{courseOfB.Id}",
            ("Title", "被越权修改"), ("Kind", "专业培训"), ("Hours", "1"), ("UnitId", stationA.Id.ToString()));

        Assert.Equal(HttpStatusCode.BadRequest, record.StatusCode);
        Assert.Contains("没有找到本单位范围内编号为", (await PortalClient.ParseAsync(record)).Errors());
        Assert.Contains("没有找到本单位范围内编号为", lookup.Errors());
        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, editB.StatusCode);
        Assert.Equal(0, await factory.WithVolunteersAsync(db => db.TrainingRecords.CountAsync(r => r.VolunteerId == ofB.Id)));
        Assert.Equal(courseOfB.Title, (await factory.WithVolunteersAsync(db => db.Courses.AsNoTracking().SingleAsync(c => c.Id == courseOfB.Id))).Title);
    }

    [Fact]
    public async Task ARecordPerVolunteer_IsSavedWithItsExpiry_AndAFutureDateIsRefused()
    {
        var (institute, station, _) = await factory.CreateInstituteAsync();
        using var instituteStaff = await factory.CreateStaffAsync(institute.Id);
        using var stationStaff = await factory.CreateStaffAsync(station.Id);
        // A course of the unit above: station staff may record its completions.
        var course = await CreateCourseAsync(instituteStaff, NewTitle("理论宣讲"), institute.Id, validityMonths: 6);
        var volunteer = await factory.CreateVolunteerAsync(station);

        var future = await stationStaff.SubmitFormAsync("/admin/volunteers/training/records", "form.record-form", new Dictionary<string, string>
        {
            ["Number"] = volunteer.Number, ["CourseId"] = course.Id.ToString(), ["Passed"] = "true",
            ["CompletedOn"] = DateOnly.Parse(Today).AddDays(2).ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("完成日期不能晚于今天", (await PortalClient.ParseAsync(future)).Errors());
        var noResult = await stationStaff.SubmitFormAsync("/admin/volunteers/training/records", "form.record-form", new Dictionary<string, string>
        {
            ["Number"] = volunteer.Number, ["CourseId"] = course.Id.ToString(), ["CompletedOn"] = Today,
        });
        Assert.Contains("请选择培训结果", (await PortalClient.ParseAsync(noResult)).Errors());
        Assert.Equal(0, await factory.WithVolunteersAsync(db => db.TrainingRecords.CountAsync(r => r.VolunteerId == volunteer.Id)));

        var saved = await stationStaff.SubmitFormAsync("/admin/volunteers/training/records", "form.record-form", new Dictionary<string, string>
        {
            ["Number"] = volunteer.Number, ["CourseId"] = course.Id.ToString(), ["Passed"] = "true", ["CompletedOn"] = "2026-01-31",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var list = (await stationStaff.FollowAsync(saved)).QuerySelector("table.training-records")!.TextContent;
        Assert.Contains(course.Title, list);
        Assert.Contains("2026-07-31", list);
        var record = await factory.WithVolunteersAsync(db => db.TrainingRecords.AsNoTracking().SingleAsync(r => r.VolunteerId == volunteer.Id));
        Assert.Equal((new DateOnly(2026, 1, 31), new DateOnly(2026, 7, 31), (int?)null), (record.CompletedOn, record.ExpiresOn, record.SessionId));
    }
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Settings;
using Portal.Testing;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Tests.Registration;

public sealed class VolunteerSettingsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Valid(string skills = "理论宣讲\n应急救护\n新技能") => new()
    {
        ["Skills"] = skills,
        ["StarThresholds[0]"] = "50",
        ["StarThresholds[1]"] = "200",
        ["StarThresholds[2]"] = "500",
        ["StarThresholds[3]"] = "900",
        ["StarThresholds[4]"] = "1400",
        ["PointsPerHour"] = "5",
        ["MaxHoursPerDay"] = "10",
    };

    [Fact]
    public async Task SavedSettings_AreUsedByTheRegistrationForm()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var response = await admin.SubmitFormAsync("/admin/volunteers/settings", "form.panel", Valid());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithScopeAsync(sp => sp.GetRequiredService<ISettingsStore>().GetAsync<VolunteerSettings>(VolunteerSettings.Key));
        Assert.Equal(["理论宣讲", "应急救护", "新技能"], saved!.Skills);
        Assert.Equal([50m, 200m, 500m, 900m, 1400m], saved.StarThresholds);
        Assert.Equal(5m, saved.PointsPerHour);
        Assert.Equal(10m, saved.MaxHoursPerDay);
        var form = await factory.CreatePortalClient().GetPageAsync("/volunteers/register");
        Assert.Equal(["理论宣讲", "应急救护", "新技能"], form.QuerySelectorAll("input[name='Skills']").Select(i => i.GetAttribute("value")));
        // Restore the defaults for the other tests of this site.
        await factory.WithScopeAsync(sp => sp.GetRequiredService<ISettingsStore>().SetAsync(VolunteerSettings.Key, new VolunteerSettings()));
    }

    [Theory]
    [InlineData("StarThresholds[2]", "150", "3 星的门槛应大于 2 星的门槛")]
    [InlineData("StarThresholds[0]", "abc", "1 星的门槛应为大于 0 的小时数")]
    [InlineData("PointsPerHour", "-1", "每小时积分应为 0 至 1000 之间的数")]
    [InlineData("MaxHoursPerDay", "30", "每天最多时长应大于 0 且不超过 24 小时")]
    [InlineData("Skills", "  \n ", "请至少填写一项技能")]
    [InlineData("Skills", "应急救护\n急救" + "0123456789012345678901234567890123", "太长：每项不超过 32 个字")]
    public async Task BadSettings_AreRefusedBesideTheField_AndNothingIsSaved(string field, string value, string message)
    {
        using var admin = await factory.CreateAdminClientAsync();
        var values = Valid();
        values[field] = value;

        var response = await admin.SubmitFormAsync("/admin/volunteers/settings", "form.panel", values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await PortalClient.ParseAsync(response)).Errors());
        var saved = await factory.WithScopeAsync(sp => sp.GetRequiredService<ISettingsStore>().GetAsync<VolunteerSettings>(VolunteerSettings.Key));
        Assert.NotEqual(5m, saved?.PointsPerHour);
    }

    [Fact]
    public async Task ASkillWrittenTwice_IsSavedOnce_AndTheConfirmationSaysSo()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var response = await admin.SubmitFormAsync("/admin/volunteers/settings", "form.panel", Valid("理论宣讲\n应急救护\n理论宣讲\n新技能"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithScopeAsync(sp => sp.GetRequiredService<ISettingsStore>().GetAsync<VolunteerSettings>(VolunteerSettings.Key));
        Assert.Equal(["理论宣讲", "应急救护", "新技能"], saved!.Skills);
        var page = await admin.GetPageAsync("/admin/volunteers/settings");
        Assert.Contains("重复的技能 “理论宣讲” 只保留了第一项", page.Body!.TextContent);
        await factory.WithScopeAsync(sp => sp.GetRequiredService<ISettingsStore>().SetAsync(VolunteerSettings.Key, new VolunteerSettings()));
    }

    [Fact]
    public async Task StaffWithoutThePermission_CannotOpenTheSettings()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        using var staff = await factory.CreateStaffAsync(station.Id, Permissions.ManageVolunteers);

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/admin/volunteers/settings")).StatusCode);
    }
}

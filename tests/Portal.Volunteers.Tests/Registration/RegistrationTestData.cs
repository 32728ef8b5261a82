using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Security;
using Portal.Organization.Contracts;
using Portal.Testing;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Tests.Registration;

/// <summary>Units, staff, ID numbers and registrations a test needs, each new, so tests never share data.</summary>
internal static class RegistrationTestData
{
    public const string Password = "Volunteer-pass-2026";
    public const string StaffPassword = "Staff-pass-2026";

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A valid 居民身份证 number of Jiangyin no other test uses (ending in X when <paramref name="endingInX"/>).</summary>
    public static string NewIdNumber(bool endingInX = false)
    {
        while (true)
        {
            var birth = new DateOnly(1960, 1, 1).AddDays(Random.Shared.Next(0, 40 * 365));
            var body = $"320281{birth:yyyyMMdd}{Random.Shared.Next(0, 1000):D3}";
            var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
            var check = "10X98765432"[sum % 11];
            if (!endingInX || check == 'X')
                return body + check;
        }
    }

    /// <summary>The same number with its last digit changed, so the check digit is wrong.</summary>
    public static string WithWrongCheckDigit(string id) => id[..17] + (id[17] == '1' ? '2' : '1');

    public static string NewMobile() => "139" + Random.Shared.Next(0, 100_000_000).ToString("D8");

    public static string NewUserName() => "v" + Guid.NewGuid().ToString("N")[..10];

    public static string NewCode() => "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    /// <summary>A new station (under 澄江街道 institute) created through the admin; returns it.</summary>
    public static async Task<UnitInfo> CreateStationAsync(this PortalFactory factory, PortalClient admin)
    {
        var parent = await factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync("JY-CJ"));
        var code = NewCode();
        var response = await admin.SubmitFormAsync($"/admin/units/create?parentId={parent!.Id}", "form[action='/admin/units/create']",
            new Dictionary<string, string> { ["Code"] = code, ["Name"] = $"测试站{code}", ["Kind"] = nameof(UnitKind.Station), ["ParentId"] = parent.Id.ToString() });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Creating station {code} answered {(int)response.StatusCode}.");
        return (await factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code)))!;
    }

    /// <summary>
    /// A role that reviews volunteers (the sample recipe's Staff role lists its own permissions, which do not yet
    /// include the Volunteers ones), with <paramref name="extra"/> permissions besides.
    /// </summary>
    public static Task<string> CreateReviewerRoleAsync(this PortalFactory factory, params string[] extra) => factory.WithScopeAsync(async sp =>
    {
        var name = "审核员" + Guid.NewGuid().ToString("N")[..6];
        var role = await sp.GetRequiredService<RoleService>().EnsureAsync(name);
        await sp.GetRequiredService<RolePermissions>().SetAsync(role, [nameof(Permissions.ManageVolunteers), "AccessAdmin", .. extra]);
        return name;
    });

    /// <summary>A Staff user who reviews volunteers, assigned to <paramref name="unitId"/> through the admin, and a client signed in as them.</summary>
    public static async Task<PortalClient> CreateStaffAsync(this PortalFactory factory, PortalClient admin, int unitId, params string[] extraPermissions)
    {
        var reviewer = await factory.CreateReviewerRoleAsync(extraPermissions);
        var (userName, _) = await factory.CreateUserAsync(StaffPassword, RoleNames.Staff, reviewer);
        var response = await admin.SubmitFormAsync($"/admin/units/{unitId}/staff", $"form[action='/admin/units/{unitId}/staff']",
            new Dictionary<string, string> { ["userName"] = userName });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Assigning staff answered {(int)response.StatusCode}.");
        return await factory.CreateClientAsAsync(userName, StaffPassword);
    }

    /// <summary>A registration form that passes every check; tests change single fields.</summary>
    public static List<(string Name, string Value)> ValidForm(int unitId, string? idNumber = null, string? userName = null, string? mobile = null) =>
    [
        ("RealName", "王志愿"),
        ("IdType", nameof(IdType.ResidentCard)),
        ("IdNumber", idNumber ?? NewIdNumber()),
        ("Mobile", mobile ?? NewMobile()),
        ("Address", "江苏省江阴市澄江街道人民中路" + Random.Shared.Next(1, 999) + "号"),
        ("UnitId", unitId.ToString()),
        ("Skills", "应急救护"),
        ("Skills", "摄影摄像"),
        ("Availability", "0"),
        ("Availability", "20"),
        ("EmergencyContactName", "王家属"),
        ("EmergencyContactPhone", "0510-86860000"),
        ("SensitiveConsent", "true"),
        ("UserName", userName ?? NewUserName()),
        ("Password", Password),
        ("ConfirmPassword", Password),
    ];

    public static List<(string Name, string Value)> With(this List<(string Name, string Value)> form, string name, string? value)
    {
        form.RemoveAll(f => f.Name == name);
        if (value is not null)
            form.Add((name, value));
        return form;
    }

    public static string Value(this List<(string Name, string Value)> form, string name) => form.First(f => f.Name == name).Value;

    /// <summary>Posts the registration form as a browser would (with the page's antiforgery token).</summary>
    public static Task<HttpResponseMessage> RegisterAsync(this PortalClient client, List<(string Name, string Value)> form)
        => client.PostWithTokenAsync("/volunteers/register", "/volunteers/register", [.. form]);

    /// <summary>Registers through the form and returns the stored volunteer.</summary>
    public static async Task<Volunteer> RegisterVolunteerAsync(this PortalFactory factory, List<(string Name, string Value)> form)
    {
        using var client = factory.CreatePortalClient();
        var response = await client.RegisterAsync(form);
        if (response.StatusCode != HttpStatusCode.SeeOther)
        {
            var page = await PortalClient.ParseAsync(response);
            throw new InvalidOperationException($"Registration answered {(int)response.StatusCode}: {page.QuerySelectorAll(".field-error").Select(e => e.TextContent).Aggregate("", (a, b) => a + " " + b)}");
        }
        return (await factory.FindVolunteerAsync(form.Value("UserName")))!;
    }

    public static Task<Volunteer?> FindVolunteerAsync(this PortalFactory factory, string userName) => factory.WithScopeAsync(async sp =>
    {
        var user = await sp.GetRequiredService<Portal.Abstractions.Users.IUserDirectory>().FindByUserNameAsync(userName);
        return user is null ? null : await sp.GetRequiredService<VolunteersDbContext>().Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.UserId == user.Id);
    });

    public static Task<Volunteer?> FindVolunteerAsync(this PortalFactory factory, int id)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<VolunteersDbContext>().Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id));

    public static Task<int> CountVolunteersAsync(this PortalFactory factory)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<VolunteersDbContext>().Volunteers.CountAsync());

    public static Task<bool> UserExistsAsync(this PortalFactory factory, string userName)
        => factory.WithScopeAsync(async sp => await sp.GetRequiredService<Portal.Abstractions.Users.IUserDirectory>().FindByUserNameAsync(userName) is not null);

    /// <summary>The text of the message shown beside a field of a refused form.</summary>
    public static string FieldError(this IDocument page, string field) => page.QuerySelector($"#{field}-error")?.TextContent.Trim() ?? "";
}

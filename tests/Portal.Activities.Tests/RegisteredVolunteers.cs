using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Users;
using Portal.Testing;
using Portal.Volunteers.Contracts;

namespace Portal.Activities.Tests;

/// <summary>Volunteers registered through the real Volunteers module's public form (for tests that need its ledger too).</summary>
internal static class RegisteredVolunteers
{
    public const string Password = "Volunteer-pass-2026";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A valid 居民身份证 number (GB 11643 check digit) no other test uses.</summary>
    private static string NewIdNumber()
    {
        var birth = new DateOnly(1970, 1, 1).AddDays(Random.Shared.Next(0, 30 * 365));
        var body = $"320281{birth:yyyyMMdd}{Random.Shared.Next(0, 1000):D3}";
        return body + "10X98765432"[body.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11];
    }

    /// <summary>Registers a volunteer of <paramref name="unitId"/> through /volunteers/register (pending review); returns the account name and the record.</summary>
    public static async Task<(string UserName, VolunteerInfo Volunteer)> RegisterAsync(this PortalFactory site, int unitId)
    {
        var userName = "v" + Guid.NewGuid().ToString("N")[..10];
        using (var visitor = site.CreatePortalClient())
        {
            var registered = await visitor.PostWithTokenAsync("/volunteers/register", "/volunteers/register",
                ("RealName", "王志愿"), ("IdType", "ResidentCard"), ("IdNumber", NewIdNumber()), ("Mobile", "139" + Random.Shared.Next(0, 100_000_000).ToString("D8")),
                ("Address", "江阴市澄江街道东门社区"), ("UnitId", unitId.ToString()), ("Skills", "应急救护"), ("Availability", "0"),
                ("EmergencyContactName", "王家属"), ("EmergencyContactPhone", "0510-86860000"), ("SensitiveConsent", "true"),
                ("UserName", userName), ("Password", Password), ("ConfirmPassword", Password));
            Assert.Equal(HttpStatusCode.SeeOther, registered.StatusCode);
        }
        var volunteer = await site.WithScopeAsync(async sp =>
        {
            var user = await sp.GetRequiredService<IUserDirectory>().FindByUserNameAsync(userName);
            return (await sp.GetRequiredService<IVolunteerDirectory>().FindByUserAsync(user!.Id))!;
        });
        return (userName, volunteer);
    }

    /// <summary>Approves the volunteer as an administrator does on the volunteers admin.</summary>
    public static async Task ApproveAsync(this PortalFactory site, int volunteerId)
    {
        using var admin = await site.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync($"/admin/volunteers/{volunteerId}", "form.approve-form")).StatusCode);
    }
}

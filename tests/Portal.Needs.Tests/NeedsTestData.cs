using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Security;
using Portal.Needs.Data;
using Portal.Needs.Models;
using Portal.Needs.Services;
using Portal.Organization.Contracts;
using Portal.Testing;

namespace Portal.Needs.Tests;

/// <summary>Units, staff and needs a test needs, each new, so tests never share data.</summary>
internal static class NeedsTestData
{
    public const string Password = "Needs-pass-2026";

    public static string Unique(string text) => text + Guid.NewGuid().ToString("N")[..6];

    /// <summary>A mobile number no other test uses.</summary>
    public static string NewMobile() => "139" + Random.Shared.Next(0, 100_000_000).ToString("D8");

    /// <summary>Two new stations under a new institute under the seeded center, made through the units admin.</summary>
    public static async Task<(UnitInfo StationA, UnitInfo StationB)> CreateStationsAsync(this PortalFactory site)
    {
        using var admin = await site.CreateAdminClientAsync();
        var center = (await site.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync("JY")))!;
        var institute = await CreateUnitAsync(site, admin, center.Id, UnitKind.Institute);
        return (await CreateUnitAsync(site, admin, institute.Id, UnitKind.Station), await CreateUnitAsync(site, admin, institute.Id, UnitKind.Station));
    }

    private static async Task<UnitInfo> CreateUnitAsync(PortalFactory site, PortalClient admin, int parentId, UnitKind kind)
    {
        var code = "ND" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var response = await admin.SubmitFormAsync($"/admin/units/create?parentId={parentId}", "form[action$='/create']", new Dictionary<string, string>
        {
            ["Code"] = code, ["Name"] = $"点单{kind.ShortName()}{code}", ["Kind"] = kind.ToString(), ["ParentId"] = parentId.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await site.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code)))!;
    }

    /// <summary>The public form's fields for a valid need of the station <paramref name="unitCode"/>.</summary>
    public static Dictionary<string, string> ValidForm(string unitCode, string title, string phone) => new()
    {
        ["Category"] = "助老助残",
        ["Title"] = title,
        ["Description"] = "小区老人想学用手机挂号和视频通话。",
        ["Unit"] = unitCode,
        ["ContactName"] = "李桂英",
        ["Phone"] = phone,
        ["PreferredTime"] = "周六上午",
    };

    /// <summary>A need ordered through the service (as the public form does); its id and private token.</summary>
    public static Task<(int Id, string Token)> OrderAsync(this PortalFactory site, string unitCode, string? phone = null)
        => site.WithScopeAsync(async sp =>
        {
            var form = ValidForm(unitCode, Unique("测试点单"), phone ?? NewMobile());
            var result = await sp.GetRequiredService<NeedService>().SubmitAsync(new NeedInput
            {
                Category = form["Category"], Title = form["Title"], Description = form["Description"], Unit = form["Unit"],
                ContactName = form["ContactName"], Phone = form["Phone"], PreferredTime = form["PreferredTime"],
            });
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
            return (result.Need!.Id, result.Token!);
        });

    /// <summary>Runs steps of the service as the center would (no problem expected from any).</summary>
    public static Task StepAsync(this PortalFactory site, params Func<NeedService, Task<string?>>[] steps)
        => site.WithScopeAsync(async sp =>
        {
            foreach (var step in steps)
                Assert.Null(await step(sp.GetRequiredService<NeedService>()));
        });

    public static Task<Need> NeedAsync(this PortalFactory site, int id)
        => site.WithScopeAsync(sp => sp.GetRequiredService<NeedsDbContext>().Needs.AsNoTracking().SingleAsync(n => n.Id == id));

    public static Task<T> ReadAsync<T>(this PortalFactory site, Func<NeedsDbContext, Task<T>> read)
        => site.WithScopeAsync(sp => read(sp.GetRequiredService<NeedsDbContext>()));
}

using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Portal.Abstractions.Security;
using Portal.Core.Security;
using Portal.Organization.Contracts;
using Portal.Resources.Data;
using Portal.Resources.Import;
using Portal.Resources.Models;
using Portal.Resources.Services;
using Portal.Testing;

namespace Portal.Resources.Tests;

/// <summary>Units, staff, resources and spreadsheets a test needs, each new, so tests never share data.</summary>
internal static class ResourcesTestData
{
    public const string Password = "Resources-pass-2026";

    public static string Unique(string text) => text + Guid.NewGuid().ToString("N")[..6];

    public static string NewMobile() => "137" + Random.Shared.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>China time as the admin forms take it, <paramref name="days"/> from today at <paramref name="hour"/> o'clock.</summary>
    public static string Time(int days, int hour, int minute = 0)
        => DateTime.UtcNow.AddHours(8).Date.AddDays(days).AddHours(hour).AddMinutes(minute).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static string Day(int days) => DateTime.UtcNow.AddHours(8).Date.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A new institute under the seeded center with two new stations under it, made through the units admin.</summary>
    public static async Task<(UnitInfo Institute, UnitInfo StationA, UnitInfo StationB)> CreateUnitsAsync(this PortalFactory site)
    {
        using var admin = await site.CreateAdminClientAsync();
        var center = (await site.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync("JY")))!;
        var institute = await CreateUnitAsync(site, admin, center.Id, UnitKind.Institute);
        return (institute, await CreateUnitAsync(site, admin, institute.Id, UnitKind.Station), await CreateUnitAsync(site, admin, institute.Id, UnitKind.Station));
    }

    private static async Task<UnitInfo> CreateUnitAsync(PortalFactory site, PortalClient admin, int parentId, UnitKind kind)
    {
        var code = "RS" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var response = await admin.SubmitFormAsync($"/admin/units/create?parentId={parentId}", "form[action$='/create']", new Dictionary<string, string>
        {
            ["Code"] = code, ["Name"] = $"资源{kind.ShortName()}{code}", ["Kind"] = kind.ToString(), ["ParentId"] = parentId.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await site.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code)))!;
    }

    /// <summary>The fields of a valid resource of <paramref name="unitId"/>, owned, open every day 08:00–20:00.</summary>
    public static ResourceInput Input(int unitId, string name, Action<ResourceInput>? change = null)
    {
        var input = new ResourceInput
        {
            Name = name,
            UnitId = unitId.ToString(CultureInfo.InvariantCulture),
            Kind = "文化礼堂",
            Platforms = ["Culture"],
            Ownership = nameof(Ownership.Owned),
            Capacity = "120",
            Hours = Enumerable.Repeat("08:00-20:00", 7).ToList(),
            Address = "测试村文化礼堂",
            Status = nameof(ResourceStatus.InUse),
            IsPublic = true,
        };
        change?.Invoke(input);
        return input;
    }

    /// <summary>Makes <paramref name="input"/> a 可用 resource of the given organization under an agreement from <paramref name="startsInDays"/> to <paramref name="endsInDays"/>.</summary>
    public static void Borrowed(ResourceInput input, int startsInDays = -30, int endsInDays = 300, string? phone = null)
    {
        input.Ownership = nameof(Ownership.Available);
        input.OwnerOrganization = "江阴市测试中学";
        input.ContactName = "欧阳晞瑗";
        input.ContactPhone = phone ?? NewMobile();
        input.AgreementTerms = "周末开放，提前三天预约。";
        input.AgreementStarts = Day(startsInDays);
        input.AgreementEnds = Day(endsInDays);
    }

    /// <summary>A resource made through the service, as staff would; its id.</summary>
    public static Task<int> CreateResourceAsync(this PortalFactory site, ResourceInput input)
        => site.WithScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<ResourceService>().CreateAsync(input);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
            return result.Resource!.Id;
        });

    public static Task<T> ReadAsync<T>(this PortalFactory site, Func<ResourcesDbContext, Task<T>> read)
        => site.WithScopeAsync(sp => read(sp.GetRequiredService<ResourcesDbContext>()));

    public static Task<Resource> ResourceAsync(this PortalFactory site, int id)
        => site.ReadAsync(db => db.Resources.AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>A real .xlsx with the import's columns, one dictionary a row, made by the library the module reads it with.</summary>
    public static byte[] Xlsx(IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        var table = rows.Select(r => ResourceSheet.Columns.ToDictionary(c => c, c => (object)r.GetValueOrDefault(c, ""))).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: "资源清单");
        return stream.ToArray();
    }

    /// <summary>One import row of a resource of <paramref name="unitCode"/>.</summary>
    public static Dictionary<string, string> Row(string unitCode, string name, string kind = "文化礼堂", string platforms = "文化服务、理论宣讲", string ownership = "自有")
    {
        var row = new Dictionary<string, string>
        {
            [ResourceSheet.Unit] = unitCode,
            [ResourceSheet.Name] = name,
            [ResourceSheet.Kind] = kind,
            [ResourceSheet.Platforms] = platforms,
            [ResourceSheet.Ownership] = ownership,
            [ResourceSheet.Capacity] = "200",
            [ResourceSheet.Address] = "测试村",
            [ResourceSheet.Status] = "在用",
            [ResourceSheet.Public] = "是",
        };
        foreach (var column in ResourceSheet.HourColumns)
            row[column] = "08:00-20:00";
        return row;
    }

    /// <summary>Uploads a file to the import page as staff would; the page that reports it.</summary>
    public static async Task<(HttpStatusCode Status, AngleSharp.Dom.IDocument Page)> ImportAsync(this PortalClient client, string fileName, byte[] data)
    {
        var response = await client.SubmitFormAsync("/admin/resources/import", "form.import-form", null, [new UploadFile("file", fileName, data)]);
        return (response.StatusCode, await PortalClient.ParseAsync(response));
    }

    /// <summary>The addresses site search finds for <paramref name="q"/>.</summary>
    public static async Task<List<string>> SearchAsync(HttpClient client, string q)
    {
        using var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()!).ToList();
    }
}

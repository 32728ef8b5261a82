using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Tests.Registration;

/// <summary>Registration forms, and the volunteers and accounts they make, each new, so tests never share data.</summary>
internal static class RegistrationTestData
{
    /// <summary>The same number with its last digit changed, so the check digit is wrong.</summary>
    public static string WithWrongCheckDigit(string id) => id[..17] + (id[17] == '1' ? '2' : '1');

    public static string NewUserName() => "v" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>A registration form that passes every check; tests change single fields.</summary>
    public static List<(string Name, string Value)> ValidForm(int unitId, string? idNumber = null, string? userName = null, string? mobile = null) =>
    [
        ("RealName", "王志愿"),
        ("IdType", nameof(IdType.ResidentCard)),
        ("IdNumber", idNumber ?? VolunteersTestData.NewIdNumber()),
        ("Mobile", mobile ?? VolunteersTestData.NewMobile()),
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
        ("Password", VolunteersTestData.Password),
        ("ConfirmPassword", VolunteersTestData.Password),
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

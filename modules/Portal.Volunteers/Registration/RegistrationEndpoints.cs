using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Display;
using Portal.Abstractions.Security;
using Portal.Abstractions.Settings;
using Portal.Organization.Contracts;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Registration;

/// <summary>
/// The public side: <c>/volunteers/register</c> (form, confirmation) for residents, <c>/volunteers/profile</c> for a
/// signed-in volunteer. A refused form comes back with every message beside its field and status 400.
/// </summary>
internal static partial class RegistrationEndpoints
{

    public static void MapRegistrationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/volunteers");

        group.MapGet("/register", async (HttpContext http, IUnitDirectory units, ISettingsStore settings, CancellationToken ct) =>
                await RegisterPageAsync(http, new RegistrationForm(), new Dictionary<string, string>(), 0, units, settings, ct))
            .WithName(RegistrationRoutes.Register);

        group.MapPost("/register", async Task<IResult> (HttpContext http, IFormCollection posted, RegistrationService registration,
                IUnitDirectory units, ISettingsStore settings, CancellationToken ct) =>
            {
                var form = RegistrationForm.Read(posted);
                var result = await registration.RegisterAsync(form, ct);
                if (result.Succeeded)
                    return new SeeOtherResult($"/volunteers/register/done?number={Uri.EscapeDataString(result.Volunteer!.Number)}");
                var availability = VolunteerRules.CheckAvailability(form.Availability, new Dictionary<string, string>());
                var page = await RegisterPageAsync(http, form.WithoutPasswords(), result.Errors, availability, units, settings, ct);
                return new PageResult(page.Page, page.Title, StatusCodes.Status400BadRequest);
            })
            .RequireRateLimiting(RateLimitPolicies.PublicWrites);

        group.MapGet("/register/done", Results<PageResult, NotFound> (string? number) =>
                number is not null && NumberShape().IsMatch(number)
                    ? Pages.Render("VolunteerRegisterDone", new RegisterDonePage(number), "注册成功")
                    : TypedResults.NotFound())
            .WithName(RegistrationRoutes.RegisterDone);

        group.MapGet("/profile", async (HttpContext http, bool? saved, ProfileService profiles, IUnitDirectory units, ISettingsStore settings,
                CancellationToken ct) =>
            {
                var volunteer = await profiles.FindAsync(UserId(http.User), ct);
                if (volunteer is null)
                    return ProfileResult(http, null, new ProfileForm(), new Dictionary<string, string>(), [], 0, false, StatusCodes.Status200OK);
                var form = new ProfileForm
                {
                    Skills = volunteer.Skills,
                    EmergencyContactName = volunteer.EmergencyContactName,
                    OnHonorRoll = volunteer.OnHonorRoll,
                    Version = volunteer.Version.ToString(),
                };
                var view = ProfileView.Of(volunteer, await units.FindAsync(volunteer.UnitId, ct));
                return ProfileResult(http, view, form, new Dictionary<string, string>(), await SkillsAsync(settings, ct), volunteer.Availability,
                    saved == true, StatusCodes.Status200OK);
            })
            .RequireAuthorization()
            .WithName(RegistrationRoutes.Profile);

        group.MapPost("/profile", async Task<IResult> (HttpContext http, IFormCollection posted, ProfileService profiles, IUnitDirectory units,
                ISettingsStore settings, CancellationToken ct) =>
            {
                var volunteer = await profiles.FindAsync(UserId(http.User), ct);
                if (volunteer is null)
                    return TypedResults.NotFound();
                var form = ProfileForm.Read(posted);
                var errors = await profiles.UpdateAsync(volunteer, form, ct);
                if (errors.Count == 0)
                    return new SeeOtherResult("/volunteers/profile?saved=true");

                var availability = VolunteerRules.CheckAvailability(form.Availability, new Dictionary<string, string>());
                var stale = errors.ContainsKey("");
                var view = ProfileView.Of(volunteer, await units.FindAsync(volunteer.UnitId, ct));
                // Contact fields are typed again rather than echoed: they are personal data.
                var again = form with { Mobile = "", Address = "", EmergencyContactPhone = "", Version = stale ? form.Version : volunteer.Version.ToString() };
                return ProfileResult(http, view, again, new Dictionary<string, string>(errors), await SkillsAsync(settings, ct), availability,
                    false, stale ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
            })
            .RequireAuthorization();
    }

    private static async Task<PageResult> RegisterPageAsync(HttpContext http, RegistrationForm form, IReadOnlyDictionary<string, string> errors,
        int availability, IUnitDirectory units, ISettingsStore settings, CancellationToken ct)
    {
        var tree = await units.GetTreeAsync(ct);
        var skills = await settings.GetAsync<VolunteerSettings>(VolunteerSettings.Key, ct) ?? new VolunteerSettings();
        return Pages.Render("VolunteerRegister", RegisterPage.Of(FormToken.For(http), form, errors, tree, skills, availability), "志愿者注册");
    }

    private static PageResult ProfileResult(HttpContext http, ProfileView? view, ProfileForm form, Dictionary<string, string> errors,
        IReadOnlyList<Choice> skills, int availability, bool saved, int status)
    {
        var chosen = skills.Select(s => s with { Selected = form.Skills.Contains(s.Value) }).ToList();
        // A volunteer's own page with their details: not for shared caches or the back button of a shared computer.
        http.Response.Headers.CacheControl = "no-store";
        return new PageResult(new Shape("VolunteerProfile", new ProfilePage(FormToken.For(http), view, form, errors, chosen,
            VolunteerRules.Grid(availability), saved)), "我的志愿者资料", status);
    }

    private static async Task<IReadOnlyList<Choice>> SkillsAsync(ISettingsStore settings, CancellationToken ct)
    {
        var list = (await settings.GetAsync<VolunteerSettings>(VolunteerSettings.Key, ct) ?? new VolunteerSettings()).Skills;
        return list.Select(s => new Choice(s, s, false)).ToList();
    }

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    [GeneratedRegex(@"^[A-Za-z0-9\-]{1,40}$")]
    private static partial Regex NumberShape();
}

/// <summary>Route names of the registration area.</summary>
internal static class RegistrationRoutes
{
    public const string Register = "Volunteers.Register";
    public const string RegisterDone = "Volunteers.RegisterDone";
    public const string Profile = "Volunteers.Profile";
    public const string AdminList = "Volunteers.Admin.List";
    public const string AdminDetails = "Volunteers.Admin.Details";
    public const string Settings = "Volunteers.Admin.Settings";
}

using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Data;
using Portal.Abstractions.Security;
using Portal.Testing;
using Portal.Volunteers.Contracts;

namespace Portal.Volunteers.Tests.Hours;

/// <summary>Attendance, a principal and the date the hours and points tests use besides the shared <see cref="VolunteersTestData"/>.</summary>
internal static class HoursTestData
{
    /// <summary>Posts attendance as the activities module does: the ledger's contract inside a unit of work.</summary>
    public static Task PostAttendanceAsync(this PortalFactory factory, TestVolunteer volunteer, decimal hours, DateOnly date, string? key = null)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitOfWork>().ExecuteAsync(ct =>
            sp.GetRequiredService<IServiceHoursLedger>().PostAttendanceAsync(
                new AttendanceHours(volunteer.Id, key ?? $"test:{Guid.NewGuid():N}", hours, date, "社区志愿服务活动", volunteer.UnitId), ct)));

    public static ClaimsPrincipal Administrator { get; } = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "test-admin"), new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, RoleNames.Administrator)],
        authenticationType: "Test"));

    /// <summary>The claim form (补录) filled in as a volunteer would; tests change single fields.</summary>
    public static Dictionary<string, string> ClaimForm(DateOnly date, string hours, string reason = "活动签到时手机没电，未能签到")
        => new() { ["ServiceDate"] = date.ToString("yyyy-MM-dd"), ["Hours"] = hours, ["Content"] = "社区敬老院陪伴老人", ["Reason"] = reason };

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
}

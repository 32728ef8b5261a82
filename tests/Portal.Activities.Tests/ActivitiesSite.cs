using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Activities.Data;
using Portal.Activities.Services;
using Portal.Core.Security;
using Portal.Organization.Contracts;
using Portal.Testing;
using Portal.Volunteers.Contracts;

namespace Portal.Activities.Tests;

/// <summary>
/// A fresh site whose volunteers and training results are what the test says: the Volunteers module is reached only
/// through its contracts (IVolunteerDirectory, ITrainingRule), so these stand in for it here.
/// </summary>
public sealed class ActivitiesSite : PortalFactory
{
    public const string Password = "Activities-pass-2026";

    public TestVolunteers Volunteers { get; } = new();

    public TestTrainingRule Training { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IVolunteerDirectory>(Volunteers);
            services.AddSingleton<ITrainingRule>(Training);
        });
    }
}

/// <summary>Volunteers as the directory contract gives them, kept in memory.</summary>
public sealed class TestVolunteers : IVolunteerDirectory
{
    private static int _next = 100_000;
    private readonly ConcurrentDictionary<int, VolunteerInfo> _byId = new();

    public VolunteerInfo Add(string userId, int unitId, bool approved = true, IReadOnlyList<string>? skills = null, DateOnly? birthDate = null,
        int availability = 0)
    {
        var id = Interlocked.Increment(ref _next);
        var volunteer = new VolunteerInfo(id, userId, $"T-{id}", "王*明", unitId, skills ?? [], availability, birthDate ?? new DateOnly(1990, 5, 1), approved);
        _byId[id] = volunteer;
        return volunteer;
    }

    /// <summary>Approves a volunteer, or takes the approval back (as a review would).</summary>
    public void SetApproved(int volunteerId, bool approved) => _byId[volunteerId] = _byId[volunteerId] with { Approved = approved };

    /// <summary>The volunteers looked up one at a time: a page listing many should use <see cref="FindManyAsync"/> instead.</summary>
    public ConcurrentBag<int> FoundOneByOne { get; } = [];

    public Task<VolunteerInfo?> FindAsync(int volunteerId, CancellationToken cancellationToken = default)
    {
        FoundOneByOne.Add(volunteerId);
        return Task.FromResult(_byId.GetValueOrDefault(volunteerId));
    }

    public Task<IReadOnlyDictionary<int, VolunteerInfo>> FindManyAsync(IEnumerable<int> volunteerIds, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyDictionary<int, VolunteerInfo>>(volunteerIds.Distinct()
            .Where(_byId.ContainsKey).ToDictionary(id => id, id => _byId[id]));

    public Task<VolunteerInfo?> FindByUserAsync(string userId, CancellationToken cancellationToken = default)
        => Task.FromResult(_byId.Values.FirstOrDefault(v => v.UserId == userId));

    public Task<IReadOnlyList<VolunteerInfo>> ListApprovedAsync(int limit, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<VolunteerInfo>>(_byId.Values.Where(v => v.Approved).OrderBy(v => v.Id).Take(limit).ToList());
}

/// <summary>The training rule's answers: a course counts for a volunteer once <see cref="Pass"/> says so.</summary>
public sealed class TestTrainingRule : ITrainingRule
{
    private readonly ConcurrentDictionary<(int Volunteer, int Course), bool> _passed = new();

    public void Pass(int volunteerId, int courseId) => _passed[(volunteerId, courseId)] = true;

    /// <summary>The volunteers checked one at a time: a page ranking many should use <see cref="CheckManyAsync"/> instead.</summary>
    public ConcurrentBag<int> CheckedOneByOne { get; } = [];

    public Task<TrainingCheck> CheckAsync(int volunteerId, IReadOnlyCollection<int> requiredCourseIds, DateOnly onDate, CancellationToken cancellationToken = default)
    {
        CheckedOneByOne.Add(volunteerId);
        return Task.FromResult(Check(volunteerId, requiredCourseIds));
    }

    public Task<IReadOnlyDictionary<int, TrainingCheck>> CheckManyAsync(IReadOnlyCollection<int> volunteerIds, IReadOnlyCollection<int> requiredCourseIds,
        DateOnly onDate, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyDictionary<int, TrainingCheck>>(volunteerIds.Distinct().ToDictionary(id => id, id => Check(id, requiredCourseIds)));

    private TrainingCheck Check(int volunteerId, IReadOnlyCollection<int> requiredCourseIds)
    {
        var missing = requiredCourseIds.Where(c => !_passed.ContainsKey((volunteerId, c))).Select(c => $"课程{c}").ToList();
        return new TrainingCheck(missing.Count == 0, missing, []);
    }
}

/// <summary>Units, staff, volunteers and activities a test needs, each new, so tests never share data.</summary>
internal static class ActivitiesTestData
{
    public static string NewCode() => "AT" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    public static string Unique(string text) => text + Guid.NewGuid().ToString("N")[..6];

    /// <summary>China time as the admin form takes it, <paramref name="days"/> from now at <paramref name="hour"/> o'clock.</summary>
    public static string Time(int days, int hour)
        => DateTime.UtcNow.AddHours(8).Date.AddDays(days).AddHours(hour).ToString("yyyy-MM-dd'T'HH:mm");

    /// <summary>Two new stations under a new institute under the seeded center.</summary>
    public static async Task<(UnitInfo Institute, UnitInfo StationA, UnitInfo StationB)> CreateUnitsAsync(this ActivitiesSite site)
    {
        using var admin = await site.CreateAdminClientAsync();
        var center = (await site.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync("JY")))!;
        var institute = await CreateUnitAsync(site, admin, center.Id, UnitKind.Institute);
        return (institute, await CreateUnitAsync(site, admin, institute.Id, UnitKind.Station), await CreateUnitAsync(site, admin, institute.Id, UnitKind.Station));
    }

    private static async Task<UnitInfo> CreateUnitAsync(ActivitiesSite site, PortalClient admin, int parentId, UnitKind kind)
    {
        var code = NewCode();
        var response = await admin.SubmitFormAsync($"/admin/units/create?parentId={parentId}", "form[action$='/create']", new Dictionary<string, string>
        {
            ["Code"] = code, ["Name"] = $"测试{kind.ShortName()}{code}", ["Kind"] = kind.ToString(), ["ParentId"] = parentId.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await site.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code)))!;
    }

    /// <summary>A signed-in account with an approved volunteer record of <paramref name="unitId"/>.</summary>
    public static async Task<(VolunteerInfo Volunteer, PortalClient Client)> CreateVolunteerClientAsync(this ActivitiesSite site, int unitId, bool approved = true)
    {
        var (userName, userId) = await site.CreateUserAsync(ActivitiesSite.Password, RoleNames.Volunteer);
        var volunteer = site.Volunteers.Add(userId, unitId, approved);
        return (volunteer, await site.CreateClientAsAsync(userName, ActivitiesSite.Password));
    }

    /// <summary>The admin form's fields for a valid activity of <paramref name="unitId"/>, to change as a test needs.</summary>
    public static Dictionary<string, string> ValidForm(int unitId, string title, int places = 10) => new()
    {
        ["Title"] = title,
        ["UnitId"] = unitId.ToString(),
        ["Category"] = "便民服务",
        ["Platform"] = "Health",
        ["Place"] = "社区党群服务中心",
        ["Starts"] = Time(7, 9),
        ["Ends"] = Time(7, 11),
        ["Places"] = places.ToString(),
        ["Description"] = "为居民测血压、理发。",
    };

    /// <summary>An activity made through the service (as staff would), moved to 招募中 unless <paramref name="recruiting"/> is false.</summary>
    public static async Task<int> CreateActivityAsync(this ActivitiesSite site, int unitId, int places, bool recruiting = true, Action<ActivityInput>? change = null)
    {
        var form = ValidForm(unitId, Unique("测试活动"), places);
        var input = new ActivityInput
        {
            Title = form["Title"], UnitId = form["UnitId"], Category = form["Category"], Platform = form["Platform"], Place = form["Place"],
            Starts = form["Starts"], Ends = form["Ends"], Places = form["Places"], Description = form["Description"],
        };
        change?.Invoke(input);
        return await site.WithScopeAsync(async sp =>
        {
            var activities = sp.GetRequiredService<ActivityService>();
            var result = await activities.CreateAsync(input);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
            if (recruiting)
                Assert.Null(await activities.ChangeStatusAsync(result.Activity!.Id, Models.ActivityStatus.Recruiting));
            return result.Activity!.Id;
        });
    }

    public static Task<T> ReadAsync<T>(this ActivitiesSite site, Func<ActivitiesDbContext, Task<T>> read)
        => site.WithScopeAsync(sp => read(sp.GetRequiredService<ActivitiesDbContext>()));
}

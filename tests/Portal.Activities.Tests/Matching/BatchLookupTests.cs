using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Activities.Tests.Attendance;
using Portal.Testing;

namespace Portal.Activities.Tests.Matching;

/// <summary>
/// Pages about many volunteers ask the Volunteers module once per page (IVolunteerDirectory.FindManyAsync,
/// ITrainingRule.CheckManyAsync), never once per volunteer. The site's stand-ins record every one-by-one lookup.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class BatchLookupTests(ActivitiesSite site)
{
    private const int Course = 7101;

    private static string NewUser() => "u-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task SignUpList_Matching_AndInvitations_LookVolunteersUpInOneBatch()
    {
        var (_, station, _) = await site.CreateUnitsAsync();
        var activity = await site.CreateActivityAsync(station.Id, places: 10, change: a => a.RequiredCourseIds = Course.ToString());
        var signedUp = Enumerable.Range(0, 3).Select(_ => site.Volunteers.Add(NewUser(), station.Id)).ToList();
        foreach (var volunteer in signedUp)
        {
            site.Training.Pass(volunteer.Id, Course);
            Assert.Null((await site.SignUpAsync(volunteer.UserId, activity)).Error);
        }
        var candidates = Enumerable.Range(0, 3).Select(_ => site.Volunteers.Add(NewUser(), station.Id)).ToList();
        using var staff = await site.CreateStaffClientAsync(station.Id);
        // A sign-up looks its own volunteer up; what follows are the pages about many.
        site.Volunteers.FoundOneByOne.Clear();
        site.Training.CheckedOneByOne.Clear();

        var matching = await staff.GetPageAsync($"/admin/activities/{activity}/matching");
        foreach (var volunteer in candidates)
            matching.QuerySelector<IHtmlInputElement>($"input[name='volunteerIds'][value='{volunteer.Id}']")!.IsChecked = true;
        var invited = await staff.SubmitAsync(matching.QuerySelector<IHtmlFormElement>("form[action$='/invite']")!);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Contains("已邀请 3 位志愿者", (await staff.FollowAsync(invited)).Successes());
        var list = await staff.GetPageAsync($"/admin/activities/{activity}/signups");

        foreach (var volunteer in signedUp)
            Assert.Contains(volunteer.Number, list.Body!.TextContent);
        Assert.Empty(site.Volunteers.FoundOneByOne);
        Assert.Empty(site.Training.CheckedOneByOne);
    }
}

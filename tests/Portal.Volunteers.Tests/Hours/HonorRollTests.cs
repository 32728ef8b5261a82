using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Tests.Hours;

[Collection(SharedSite.Name)]
public sealed class HonorRollTests(PortalFactory factory)
{
    [Fact]
    public async Task HonorRoll_ListsOptedInApprovedVolunteersByHours_WithNumberMaskedNameStarsHoursAndTeams_AndNothingElse()
    {
        var first = await factory.CreateVolunteerAsync(onHonorRoll: true, realName: "欧阳明珠");
        var second = await factory.CreateVolunteerAsync(onHonorRoll: true, realName: "李雷");
        var hidden = await factory.CreateVolunteerAsync(onHonorRoll: false, realName: "韩梅梅");
        var rejected = await factory.CreateVolunteerAsync(onHonorRoll: true, status: VolunteerStatus.Rejected, realName: "张伟");
        var day = HoursTestData.Today.AddDays(-20);
        for (var i = 0; i < 9; i++)
            await factory.PostAttendanceAsync(first, 12m, day.AddDays(i));
        await factory.PostAttendanceAsync(second, 7.5m, day);
        await factory.PostAttendanceAsync(hidden, 12m, day);
        await factory.PostAttendanceAsync(rejected, 12m, day);
        var team = "江阴测试分队" + Guid.NewGuid().ToString("N")[..6];
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<VolunteersDbContext>();
            var t = new Team { UnitId = first.UnitId, Name = team, Level = TeamLevel.Squad, Field = "理论宣讲", CreatedUtc = DateTime.UtcNow };
            db.Teams.Add(t);
            await db.SaveChangesAsync();
            db.TeamMembers.Add(new TeamMember { TeamId = t.Id, VolunteerId = first.Id, JoinedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync("/volunteers/honor");

        var rows = page.QuerySelectorAll(".honor-table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        var numbers = rows.Select(r => r[1]).ToList();
        Assert.Contains(first.Number, numbers);
        Assert.Contains(second.Number, numbers);
        Assert.DoesNotContain(hidden.Number, numbers);
        Assert.DoesNotContain(rejected.Number, numbers);
        Assert.True(numbers.IndexOf(first.Number) < numbers.IndexOf(second.Number));
        var firstRow = rows.Single(r => r[1] == first.Number);
        Assert.Equal(["欧**珠", "★", "108 小时", team], firstRow.Skip(2));
        var secondRow = rows.Single(r => r[1] == second.Number);
        Assert.Equal(["李*", "—", "7.5 小时", ""], secondRow.Skip(2));
        var html = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain("欧阳明珠", html);
        var masked = await factory.WithVolunteersAsync(db => db.Volunteers.Where(v => v.Id == first.Id).Select(v => new { v.IdNumberMasked, v.MobileMasked }).SingleAsync());
        Assert.DoesNotContain(masked.IdNumberMasked, html);
        Assert.DoesNotContain(masked.MobileMasked, html);
    }
}

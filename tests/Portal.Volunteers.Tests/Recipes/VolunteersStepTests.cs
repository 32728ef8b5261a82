using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Recipes;
using Portal.Core.Recipes;
using Portal.Testing;
using Portal.Volunteers.Models;
using Portal.Volunteers.Tests.Hours;

namespace Portal.Volunteers.Tests.Recipes;

/// <summary>The <c>volunteers</c> recipe step and the sample teams, courses and rewards the setup recipe makes with it.</summary>
[Collection(SharedSite.Name)]
public sealed class VolunteersStepTests(PortalFactory factory)
{
    private const string Sample = "（示例）";

    private Task RunAsync(Recipe recipe) => factory.WithScopeAsync(sp => sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe));

    private static Recipe Step(string step) => Recipe.Parse($$"""{ "name": "test", "steps": [ {{step}} ] }""");

    /// <summary>Every sample team, course, requirement and reward, with ids and values, as one comparable string.</summary>
    private Task<string> SamplesAsync() => factory.WithVolunteersAsync(async db =>
    {
        var teams = await db.Teams.AsNoTracking().Where(t => t.Name.EndsWith(Sample)).OrderBy(t => t.Id)
            .Select(t => $"{t.Id}:{t.UnitId}:{t.ParentId}:{t.Level}:{t.Name}:{t.Field}").ToListAsync();
        var courses = await db.Courses.AsNoTracking().Where(c => c.Title.EndsWith(Sample)).OrderBy(c => c.Id)
            .Select(c => $"{c.Id}:{c.UnitId}:{c.Title}:{c.Kind}:{c.Hours}:{c.ValidityMonths}").ToListAsync();
        var requirements = await db.CourseRequirements.AsNoTracking().OrderBy(r => r.Id).Select(r => $"{r.Id}:{r.CourseId}:{r.Target}:{r.Name}").ToListAsync();
        var rewards = await db.Rewards.AsNoTracking().Where(r => r.Name.EndsWith(Sample)).OrderBy(r => r.Id)
            .Select(r => $"{r.Id}:{r.Name}:{r.Points}:{r.Stock}:{r.Active}").ToListAsync();
        return string.Join("\n", teams.Concat(courses).Concat(requirements).Concat(rewards));
    });

    [Fact]
    public async Task TheSetupRecipe_MakesNestedSampleTeamsInTheSampleUnits()
    {
        var teams = await factory.WithVolunteersAsync(db => db.Teams.AsNoTracking().Where(t => t.Name.EndsWith(Sample)).ToListAsync());

        var corps = Assert.Single(teams, t => t.Level == TeamLevel.Corps);
        Assert.Equal(await factory.UnitIdAsync("JY"), corps.UnitId);
        Assert.Null(corps.ParentId);
        var brigades = teams.Where(t => t.Level == TeamLevel.Brigade).ToList();
        Assert.True(brigades.Count >= 2);
        Assert.All(brigades, b => Assert.Equal(corps.Id, b.ParentId));
        var squad = Assert.Single(teams, t => t.Name == "南街社区理论宣讲分队（示例）");
        Assert.Equal((TeamLevel.Squad, await factory.UnitIdAsync(VolunteersTestData.StationA), "理论宣讲"), (squad.Level, squad.UnitId, squad.Field));
        var institute = await factory.UnitIdAsync("JY-CJ");
        Assert.Contains(brigades, b => b.Id == squad.ParentId && b.UnitId == institute);
    }

    [Fact]
    public async Task TheSetupRecipe_MakesSampleCoursesRequiredBySkillAndRewardsInStock()
    {
        var (courses, requirements, rewards) = await factory.WithVolunteersAsync(async db => (
            await db.Courses.AsNoTracking().Where(c => c.Title.EndsWith(Sample)).ToListAsync(),
            await db.CourseRequirements.AsNoTracking().ToListAsync(),
            await db.Rewards.AsNoTracking().Where(r => r.Name.EndsWith(Sample)).ToListAsync()));

        var firstAid = Assert.Single(courses, c => c.Title == "应急救护员培训（示例）");
        Assert.Equal((16m, 36, (int?)null), (firstAid.Hours, firstAid.ValidityMonths, firstAid.UnitId));
        Assert.Contains(requirements, r => r.CourseId == firstAid.Id && r.Target == RequirementTarget.Skill && r.Name == "医疗卫生");
        var local = Assert.Single(courses, c => c.Title == "理论宣讲员岗前培训（示例）");
        Assert.Equal(await factory.UnitIdAsync("JY-CJ"), local.UnitId);
        Assert.Null(Assert.Single(courses, c => c.Title == "志愿服务通用培训（示例）").ValidityMonths);
        Assert.True(rewards.Count >= 3);
        Assert.All(rewards, r => Assert.True(r.Stock > 0 && r.Points > 0 && r.Active));
    }

    [DatabaseSensitive("a recipe run again relies on unique keys")]
    [Fact]
    public async Task TheSetupRecipe_RunAgain_DuplicatesNothing_AndKeepsWhatStaffChanged()
    {
        await factory.WithVolunteersAsync(async db =>
        {
            var reward = await db.Rewards.FirstAsync(r => r.Name == "家庭急救包（示例）");
            reward.Stock = 3;
            return await db.SaveChangesAsync();
        });
        var before = await SamplesAsync();

        await RunAsync(factory.Services.GetRequiredService<RecipeFiles>().Find("jiangyin-pilot")!);

        Assert.Equal(before, await SamplesAsync());
        Assert.Contains("家庭急救包（示例）:300:3:", before);
    }

    [Fact]
    public async Task AStep_WithAnUnknownUnit_NamesItsPath_AndKeepsNothing()
    {
        var name = "测试服务队" + Guid.NewGuid().ToString("N")[..6];
        var recipe = Step($$"""
            { "name": "volunteers",
              "teams": [ { "name": "{{name}}", "unit": "JY", "level": "Corps" }, { "name": "{{name}}-2", "unit": "NOPE", "level": "Corps" } ] }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(recipe));

        Assert.Equal("$.steps[0].teams[1].unit", error.JsonPath);
        Assert.Contains("NOPE", error.Message);
        Assert.False(await factory.WithVolunteersAsync(db => db.Teams.AnyAsync(t => t.Name.StartsWith(name))));
    }

    [Theory]
    [InlineData("""{ "name": "volunteers", "teams": [ { "name": "测试分队", "unit": "JY-CJ-NJ", "level": "Squad", "parent": "没有这个大队" } ] }""",
        "$.steps[0].teams[0].parent", "没有名为 “没有这个大队” 的服务队")]
    [InlineData("""{ "name": "volunteers", "courses": [ { "title": "测试课程", "kind": "通用培训", "hours": 0 } ] }""",
        "$.steps[0].courses[0].hours", "学时须大于 0")]
    [InlineData("""{ "name": "volunteers", "courses": [ { "title": "测试课程", "kind": "通用培训", "hours": 2, "requiredForSkills": ["飞行"] } ] }""",
        "$.steps[0].courses[0].requiredForSkills[0]", "技能 “飞行” 不在技能清单中")]
    [InlineData("""{ "name": "volunteers", "rewards": [ { "name": "测试礼品", "points": 0, "stock": 1 } ] }""",
        "$.steps[0].rewards[0].points", "兑换所需积分应为大于 0 的整数")]
    [InlineData("""{ "name": "volunteers", "rewards": [ { "name": "测试礼品", "points": 5, "stock": 1, "price": 5 } ] }""",
        "$.steps[0].rewards[0].price", "不认识的属性")]
    public async Task AStep_WithBadValues_IsRefusedWithTheServicesMessage_AtItsPath(string step, string path, string expected)
    {
        var before = await SamplesAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(Step(step)));

        Assert.Equal(path, error.JsonPath);
        Assert.Contains(expected, error.Message);
        Assert.Equal(before, await SamplesAsync());
        Assert.False(await factory.WithVolunteersAsync(db => db.Courses.AnyAsync(c => c.Title == "测试课程")));
    }
}

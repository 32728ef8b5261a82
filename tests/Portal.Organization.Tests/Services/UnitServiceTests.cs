using Microsoft.Extensions.DependencyInjection;
using Portal.Organization.Contracts;
using Portal.Organization.Services;
using Portal.Testing;

namespace Portal.Organization.Tests.Services;

[Collection(SharedSite.Name)]
public sealed class UnitServiceTests(PortalFactory factory)
{
    private Task<UnitResult> CreateAsync(UnitKind kind, int? parentId, string? code = null)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<UnitService>()
            .CreateAsync(new UnitInput(code ?? OrganizationTestData.NewCode(), "测试单位", kind, parentId, null, null, null, 0)));

    [Fact]
    public async Task Create_AnInstituteUnderAStation_IsRefused()
    {
        var (_, stations) = await factory.CreateInstituteAsync(stations: 1);

        var result = await CreateAsync(UnitKind.Institute, stations[0].Id);

        Assert.False(result.Succeeded);
        Assert.Contains("不能设在", result.Errors[nameof(UnitInput.ParentId)]);
    }

    [Fact]
    public async Task Create_ASecondCenter_IsRefused()
    {
        var result = await CreateAsync(UnitKind.Center, null);

        Assert.Equal("只能有一个新时代文明实践中心。", result.Errors[nameof(UnitInput.ParentId)]);
    }

    [Fact]
    public async Task Create_AStationWithoutParent_IsRefused()
    {
        var result = await CreateAsync(UnitKind.Station, null);

        Assert.Contains("必须有上级单位", result.Errors[nameof(UnitInput.ParentId)]);
    }

    [Fact]
    public async Task Create_WithACodeAlreadyInUse_IsRefused()
    {
        var (institute, _) = await factory.CreateInstituteAsync(stations: 0);

        var result = await CreateAsync(UnitKind.Station, institute.Id, code: institute.Code);

        Assert.Contains("已被使用", result.Errors[nameof(UnitInput.Code)]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("有中文")]
    [InlineData("-LEADING")]
    public async Task Create_WithAMalformedCode_IsRefused(string code)
    {
        var (institute, _) = await factory.CreateInstituteAsync(stations: 0);

        var result = await CreateAsync(UnitKind.Station, institute.Id, code);

        Assert.Contains("单位代码须为", result.Errors[nameof(UnitInput.Code)]);
    }

    [Fact]
    public async Task Update_ToAKindNoHigherThanItsChildren_IsRefused()
    {
        var (institute, _) = await factory.CreateInstituteAsync(stations: 1);
        var center = await factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync("JY"));

        var result = await factory.WithScopeAsync(sp => sp.GetRequiredService<UnitService>().UpdateAsync(
            institute.Id, institute.Version, new UnitInput(null, institute.Name, UnitKind.Station, center!.Id, null, null, null, 0)));

        Assert.Contains("下级单位级别", result.Errors[nameof(UnitInput.ParentId)]);
    }

    [Fact]
    public async Task Delete_AUnitWithStaff_IsRefused()
    {
        var (_, stations) = await factory.CreateInstituteAsync(stations: 1);
        await factory.CreateStaffAsync(stations[0].Id);

        var problem = await factory.WithScopeAsync(sp => sp.GetRequiredService<UnitService>().DeleteAsync(stations[0].Id));

        Assert.Contains("还有工作人员", problem);
        Assert.NotNull(await factory.FindUnitAsync(stations[0].Id));
    }
}

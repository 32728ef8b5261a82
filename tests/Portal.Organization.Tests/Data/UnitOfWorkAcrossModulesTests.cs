using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Data;
using Portal.Abstractions.Settings;
using Portal.Organization.Contracts;
using Portal.Organization.Services;
using Portal.Testing;

namespace Portal.Organization.Tests.Data;

/// <summary>The engine's settings and this module's units, written in one unit of work through two DbContexts.</summary>
[DatabaseSensitive("one transaction across modules; parallel creates against a unique code")]
[Collection(SharedSite.Name)]
public sealed class UnitOfWorkAcrossModulesTests(PortalFactory factory)
{
    private sealed record Marker(string Code);

    private static UnitInput Station(string code, int parentId) => new(code, "跨模块测试站", UnitKind.Station, parentId, null, null, null, 0);

    [Fact]
    public async Task AFailingUnitOfWork_KeepsNeitherModulesWrites_AndTheScopeWorksAfterwards()
    {
        var (institute, _) = await factory.CreateInstituteAsync(stations: 0);
        var code = OrganizationTestData.NewCode();

        await factory.WithScopeAsync(async sp =>
        {
            var settings = sp.GetRequiredService<ISettingsStore>();
            var units = sp.GetRequiredService<UnitService>();

            await Assert.ThrowsAsync<InvalidOperationException>(() => sp.GetRequiredService<IUnitOfWork>().ExecuteAsync(async ct =>
            {
                await settings.SetAsync("Test." + code, new Marker(code), ct);
                Assert.True((await units.CreateAsync(Station(code, institute.Id), ct)).Succeeded);
                throw new InvalidOperationException("refused after both writes");
            }));

            // The same scope and DbContexts read and write normally once the unit of work is over.
            Assert.Null(await settings.GetAsync<Marker>("Test." + code));
            Assert.Null(await sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code));
            Assert.True((await units.CreateAsync(Station(code + "-B", institute.Id))).Succeeded);
            await settings.SetAsync("Test." + code + "-B", new Marker(code));
        });

        Assert.NotNull(await factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code + "-B")));
    }

    [Fact]
    public async Task ASuccessfulUnitOfWork_KeepsBothModulesWrites()
    {
        var (institute, _) = await factory.CreateInstituteAsync(stations: 0);
        var code = OrganizationTestData.NewCode();

        await factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitOfWork>().ExecuteAsync(async ct =>
        {
            await sp.GetRequiredService<ISettingsStore>().SetAsync("Test." + code, new Marker(code), ct);
            await sp.GetRequiredService<UnitService>().CreateAsync(Station(code, institute.Id), ct);
        }));

        Assert.Equal(code, (await factory.WithScopeAsync(sp => sp.GetRequiredService<ISettingsStore>().GetAsync<Marker>("Test." + code)))?.Code);
        Assert.NotNull(await factory.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code)));
    }

    [Fact]
    public async Task ConcurrentCreatesOfOneCode_CreateOneUnit_AndTellTheOthersWhy()
    {
        var (institute, _) = await factory.CreateInstituteAsync(stations: 0);
        var code = OrganizationTestData.NewCode();

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            factory.WithScopeAsync(sp => sp.GetRequiredService<UnitService>().CreateAsync(Station(code, institute.Id)))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Contains("已被使用", r.Errors[nameof(UnitInput.Code)]));
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Display;

namespace Portal.Volunteers.Display;

/// <summary>
/// Where the public finds the volunteers' pages: a 志愿服务 link in the main navigation to <c>/volunteers</c>, which
/// leads to registration, 我的, teams, the honor roll and the love supermarket, and a card in the home page's guide.
/// </summary>
internal sealed class VolunteersPages : IPublicNavigationProvider, IZoneWidgetProvider
{
    public const string Url = "/volunteers";

    private static readonly IReadOnlyList<LinkCard> Cards =
    [
        new("注册成为志愿者", "/volunteers/register", "实名注册，选择服务的实践站和擅长的技能，审核通过后即可参加志愿服务。"),
        new("我的志愿服务", "/volunteers/me", "查看服务时长、培训记录、积分兑换和志愿服务记录证明。"),
        new("志愿服务队", "/volunteers/teams", "各实践所、站的志愿服务队和他们的服务领域。"),
        new("志愿者光荣榜", "/volunteers/honor", "按服务时长排列的星级志愿者。"),
        new("爱心超市", "/volunteers/supermarket", "用服务积分兑换爱心礼品。"),
    ];

    public IEnumerable<NavigationLink> GetLinks() => [new("志愿服务", Url, 45)];

    public Task<IEnumerable<ZoneWidget>> GetWidgetsAsync(Shape page, CancellationToken cancellationToken)
        => Task.FromResult<IEnumerable<ZoneWidget>>([new ZoneWidget("HomeGuide", new Shape("GuideCard", Cards[0]))]);

    public static void MapVolunteersHome(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet(Url, () => Pages.Render("VolunteersHome", Cards, "志愿服务"));
}

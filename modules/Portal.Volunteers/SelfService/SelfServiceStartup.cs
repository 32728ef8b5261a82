using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Display;

namespace Portal.Volunteers.SelfService;

/// <summary>Registers the volunteer's own page, "我的".</summary>
internal static class SelfServiceStartup
{
    public const string MyPageRoute = "Volunteers.Me";
    public const string MyPageUrl = "/volunteers/me";

    public static IServiceCollection AddSelfService(this IServiceCollection services) => services.AddScoped<MyVolunteerPageBuilder>();

    public static void MapSelfService(this IEndpointRouteBuilder endpoints)
        => endpoints.MapGet(MyPageUrl, async (HttpContext http, MyVolunteerPageBuilder builder, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                return Pages.Render("VolunteerMine", await builder.BuildAsync(http.User, ct) with { Token = FormToken.For(http) }, "我的志愿服务");
            })
            .RequireAuthorization()
            .WithName(MyPageRoute);
}

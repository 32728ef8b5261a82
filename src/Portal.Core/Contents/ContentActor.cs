using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Portal.Core.Contents;

/// <summary>Who is making a content change: the signed-in user, or the system (scheduler, recipes).</summary>
internal sealed class ContentActor(IHttpContextAccessor http)
{
    public const string SystemName = "系统";

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => User?.Identity?.Name ?? SystemName;

    private ClaimsPrincipal? User => http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;
}

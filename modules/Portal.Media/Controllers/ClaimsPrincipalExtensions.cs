using System.Security.Claims;
using Portal.Media.Services;

namespace Portal.Media.Controllers;

internal static class ClaimsPrincipalExtensions
{
    public static string UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public static Uploader AsUploader(this ClaimsPrincipal user) => new(user.UserId(), user.Identity?.Name ?? "");
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Portal.Core.Security;

namespace Portal.Users.Filters;

/// <summary>Keeps a user signed in with a one-time password on the change-password page until they replace it.</summary>
internal sealed class MustChangePasswordFilter : IAsyncAuthorizationFilter
{
    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var path = context.HttpContext.Request.Path;
        if (context.HttpContext.User.HasClaim(c => c.Type == PortalClaimsPrincipalFactory.MustChangePassword)
            && !path.StartsWithSegments("/account"))
        {
            context.Result = new RedirectResult("/account/change-password");
        }
        return Task.CompletedTask;
    }
}

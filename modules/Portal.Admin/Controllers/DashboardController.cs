using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;
using Portal.Admin.ViewModels;

namespace Portal.Admin.Controllers;

[Authorize]
[Route("admin")]
internal sealed class DashboardController(IAuthorizationService authorization, IAdminMenu menu) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.AccessAdmin))
            return Forbid();
        return View(new DashboardPage(User.Identity?.Name ?? "", await menu.BuildAsync(User)));
    }
}

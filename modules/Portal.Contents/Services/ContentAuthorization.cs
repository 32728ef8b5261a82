using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Security;

namespace Portal.Contents.Services;

/// <summary>Owner-based checks: the "own" permission covers items the user owns, the other covers every item.</summary>
internal sealed class ContentAuthorization(IAuthorizationService authorization)
{
    public Task<bool> CanCreateAsync(ClaimsPrincipal user) => authorization.AuthorizeAsync(user, Permissions.EditOwnContent);

    public Task<bool> CanEditAsync(ClaimsPrincipal user, string owner)
        => AllowsAsync(user, owner, Permissions.EditContent, Permissions.EditOwnContent);

    public Task<bool> CanPublishAsync(ClaimsPrincipal user, string owner)
        => AllowsAsync(user, owner, Permissions.PublishContent, Permissions.PublishOwnContent);

    public Task<bool> CanDeleteAsync(ClaimsPrincipal user, string owner)
        => AllowsAsync(user, owner, Permissions.DeleteContent, Permissions.DeleteOwnContent);

    /// <summary>Whether the user may see every item in lists, or only their own.</summary>
    public Task<bool> SeesAllAsync(ClaimsPrincipal user) => authorization.AuthorizeAsync(user, Permissions.EditContent);

    public Task<bool> CanViewAuditAsync(ClaimsPrincipal user) => authorization.AuthorizeAsync(user, Permissions.ViewContentAudit);

    public static bool Owns(ClaimsPrincipal user, ContentItem item) => Owns(user, item.Owner);

    private static bool Owns(ClaimsPrincipal user, string owner)
        => owner.Length > 0 && owner == user.FindFirstValue(ClaimTypes.NameIdentifier);

    private async Task<bool> AllowsAsync(ClaimsPrincipal user, string owner, Permission any, Permission own)
        => await authorization.AuthorizeAsync(user, any) || (Owns(user, owner) && await authorization.AuthorizeAsync(user, own));
}

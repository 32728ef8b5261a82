using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Contents;
using Portal.Explainers.Data;
using Portal.Explainers.Models;

namespace Portal.Explainers.Display;

/// <summary>
/// Links a policy and its explainers both ways: a policy's page gets <c>Model.Data.Explainers</c>
/// (its published explainers, newest first), an explainer's page gets <c>Model.Data.Policy</c>.
/// </summary>
internal sealed class ExplainersDisplayHandler(IContentManager contents, IContentDisplay display, IRichTextSanitizer richText, ExplainersDbContext db) : IContentDisplayHandler
{
    public async Task DisplayingAsync(ContentView view, CancellationToken cancellationToken)
    {
        if (view.DisplayType != "Detail")
            return;

        if (view.Item.Has<PolicyPart>())
        {
            var ids = await db.Links.AsNoTracking()
                .Where(l => l.PolicyId == view.ContentItemId && l.Published)
                .Select(l => l.ExplainerId)
                .ToListAsync(cancellationToken);
            var explainers = await contents.GetManyAsync(ids, VersionOptions.Published, cancellationToken);
            view.Data["Explainers"] = explainers
                .OrderByDescending(e => e.PublishedUtc)
                .Select(e => ItemCard.From(e, display.UrlOf(e), richText, summaryLength: 300))
                .ToList();
        }

        if (view.Item.As<ExplainerPart>() is { PolicyId.Length: > 0 } part
            && await contents.GetAsync(part.PolicyId, VersionOptions.Published, cancellationToken) is { } policy)
            view.Data["Policy"] = PolicyCard.From(policy, display.UrlOf(policy));
    }
}

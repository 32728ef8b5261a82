using Portal.Abstractions.Contents;
using Portal.Briefings.Models;

namespace Portal.Briefings.Display;

/// <summary>Gives an issue's page its sheet (<c>Model.Data.Briefing</c>): the masthead and footer as the template prints them.</summary>
internal sealed class BriefingDisplayHandler : IContentDisplayHandler
{
    public Task DisplayingAsync(ContentView view, CancellationToken cancellationToken)
    {
        if (view.Type.HasPart<BriefingPart>() && view.Item.As<BriefingPart>() is { } part)
            view.Data["Briefing"] = BriefingSheet.From(part, view.DisplayText, view.Url);
        return Task.CompletedTask;
    }
}

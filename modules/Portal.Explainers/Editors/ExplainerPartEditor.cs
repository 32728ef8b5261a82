using Portal.Abstractions.Contents;
using Portal.Explainers.Models;

namespace Portal.Explainers.Editors;

/// <summary>Picks the policy from the policies there are; question rows left empty are dropped.</summary>
internal sealed class ExplainerPartEditor(IContentManager contents) : IContentPartEditor
{
    public string PartName => nameof(ExplainerPart);

    public string ViewName => "Parts/ExplainerPart";

    public async Task<object> BuildEditorAsync(ContentItem item, ContentTypePart settings, CancellationToken cancellationToken)
    {
        var policies = await contents.QueryAsync(
            new ContentQuery { Types = [ExplainersTypes.Policy], Status = ContentStatus.Any, Order = ContentOrder.Modified, Take = 500 }, cancellationToken);
        return new ExplainerPartModel
        {
            Part = item.As<ExplainerPart>() ?? new ExplainerPart(),
            Policies = policies.Items.Select(p => new PolicyOption(p.ContentItemId, p.DisplayText, p.As<PolicyPart>()?.DocumentNumber ?? "")).ToList(),
        };
    }

    public async Task UpdateAsync(ContentItem item, ContentTypePart settings, IContentUpdater updater, CancellationToken cancellationToken)
    {
        var part = new ExplainerPart();
        await updater.TryUpdateModelAsync(part, PartName);
        part.Questions = part.Questions
            .Where(q => !string.IsNullOrWhiteSpace(q.Question) || !string.IsNullOrWhiteSpace(q.Answer))
            .Select(q => new QuestionAnswer { Question = q.Question ?? "", Answer = q.Answer ?? "" })
            .ToList();
        item.Apply(part);
    }
}

internal sealed class ExplainerPartModel
{
    public ExplainerPart Part { get; init; } = new();

    public IReadOnlyList<PolicyOption> Policies { get; init; } = [];
}

internal sealed record PolicyOption(string Id, string Title, string DocumentNumber)
{
    public string Text => DocumentNumber.Length > 0 ? $"{Title}（{DocumentNumber}）" : Title;
}

using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Data;
using Portal.Briefings.Data;
using Portal.Briefings.Models;

namespace Portal.Briefings.Services;

/// <summary>
/// Checks an issue and gives it its title and address; refuses a number another issue holds (under a lock,
/// so two editors saving the same number get one success and one refusal); keeps Briefings_Issues in step
/// inside each change's transaction.
/// </summary>
internal sealed class BriefingHandler(BriefingsDbContext db, BriefingNumbering numbering, IUnitOfWork unitOfWork) : IContentHandler
{
    public const string NumberingLock = "Briefings.Numbering";

    public Task ValidatingAsync(ValidateContentContext context, CancellationToken cancellationToken)
    {
        if (!context.Type.HasPart<BriefingPart>())
            return Task.CompletedTask;
        var item = context.Item;
        var part = item.As<BriefingPart>() ?? new BriefingPart();
        BriefingRules.Normalize(part);
        var errors = BriefingRules.Validate(part);
        foreach (var (key, message) in errors)
            context.Fail(key, message);
        item.Apply(part);
        if (errors.Count > 0)
            return Task.CompletedTask;

        // An issue is named and addressed by its series and number, whatever was typed.
        var title = BriefingRules.TitleOf(part);
        if (context.Type.HasPart<TitlePart>())
            item.Alter<TitlePart>(t => t.Title = title);
        item.DisplayText = title;
        if (context.Type.HasPart<AutoroutePart>())
            item.Alter<AutoroutePart>(a => a.Path = BriefingRules.PathOf(part));
        return Task.CompletedTask;
    }

    public async Task CheckingAsync(ValidateContentContext context, CancellationToken cancellationToken)
    {
        if (!context.Type.HasPart<BriefingPart>() || context.Item.As<BriefingPart>() is not { Date: not null } part)
            return;
        await unitOfWork.LockAsync(NumberingLock, cancellationToken);
        var holder = await numbering.HolderAsync(part.Series, part.Year, part.Number, context.Item.ContentItemId, cancellationToken);
        if (holder is null)
            return;
        var next = await numbering.NextNumberAsync(part.Series, part.Year, cancellationToken);
        context.Fail($"{BriefingRules.Part}.{nameof(BriefingPart.Number)}",
            $"第 {part.Number} 期已被“{holder.Title}”{(holder.Published ? "" : "（草稿）")}使用，不能重号；建议用第 {next} 期。");
    }

    public Task SavedAsync(ContentItem item, CancellationToken cancellationToken) => UpsertAsync(item, published: null, cancellationToken);

    public Task PublishedAsync(ContentItem item, CancellationToken cancellationToken) => UpsertAsync(item, published: true, cancellationToken);

    public async Task UnpublishedAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (await db.Issues.FirstOrDefaultAsync(i => i.ContentItemId == item.ContentItemId, cancellationToken) is { } row)
        {
            row.Published = false;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>A binned issue gives up its number (its address is given up too); restoring takes it back.</summary>
    public async Task RemovedAsync(ContentItem item, CancellationToken cancellationToken)
        => await db.Issues.Where(i => i.ContentItemId == item.ContentItemId).ExecuteDeleteAsync(cancellationToken);

    public Task RestoredAsync(ContentItem item, CancellationToken cancellationToken) => UpsertAsync(item, published: false, cancellationToken);

    private async Task UpsertAsync(ContentItem item, bool? published, CancellationToken cancellationToken)
    {
        if (item.As<BriefingPart>() is not { Date: not null } part)
            return;
        var row = await db.Issues.FirstOrDefaultAsync(i => i.ContentItemId == item.ContentItemId, cancellationToken);
        if (row is null)
            db.Issues.Add(row = new BriefingIssue { ContentItemId = item.ContentItemId });
        row.Series = part.Series;
        row.Year = part.Year;
        row.Number = part.Number;
        row.Date = part.Date;
        row.Title = item.DisplayText.Length <= 256 ? item.DisplayText : item.DisplayText[..256];
        row.Published = published ?? row.Published;
        await db.SaveChangesAsync(cancellationToken);
    }
}

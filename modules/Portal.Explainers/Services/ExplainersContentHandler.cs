using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Contents;
using Portal.Explainers.Data;
using Portal.Explainers.Models;

namespace Portal.Explainers.Services;

/// <summary>
/// Checks policies and explainers before they are saved (wherever the save comes from: the editor,
/// a recipe, code), and keeps <c>Explainers_Links</c> in step inside the change's transaction.
/// </summary>
internal sealed class ExplainersContentHandler(IServiceProvider services, ExplainersDbContext db) : IContentHandler
{
    // Resolved when needed, not injected: the content manager is built with its handlers, this one among them.
    private IContentManager Contents => services.GetRequiredService<IContentManager>();

    public const int SummaryLength = 300;
    public const int QuestionLength = 200;

    public async Task ValidatingAsync(ValidateContentContext context, CancellationToken cancellationToken)
    {
        if (context.Type.HasPart<PolicyPart>())
            ValidatePolicy(context);
        if (context.Type.HasPart<ExplainerPart>())
            await ValidateExplainerAsync(context, cancellationToken);
    }

    private static void ValidatePolicy(ValidateContentContext context)
    {
        const string prefix = nameof(PolicyPart) + ".";
        var part = context.Item.As<PolicyPart>() ?? new PolicyPart();
        part.DocumentNumber = Clean(part.DocumentNumber);
        part.IssuingAuthority = Clean(part.IssuingAuthority);
        part.IssuedDate = Clean(part.IssuedDate);
        part.OriginalUrl = Clean(part.OriginalUrl);

        if (part.DocumentNumber.Length > 64)
            context.Fail(prefix + nameof(PolicyPart.DocumentNumber), "发文字号最多 64 个字。");
        if (part.IssuingAuthority.Length == 0)
            context.Fail(prefix + nameof(PolicyPart.IssuingAuthority), "请填写发布机关，如 国务院。");
        else if (part.IssuingAuthority.Length > 100)
            context.Fail(prefix + nameof(PolicyPart.IssuingAuthority), "发布机关最多 100 个字。");
        if (part.IssuedDate.Length > 0 && !DateOnly.TryParseExact(part.IssuedDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            context.Fail(prefix + nameof(PolicyPart.IssuedDate), "发布日期不是有效的日期（格式如 2017-08-22）。");
        if (part.OriginalUrl.Length > 0 && (part.OriginalUrl.Length > 500 || !SafeUrls.IsWebOrLocal(part.OriginalUrl)))
            context.Fail(prefix + nameof(PolicyPart.OriginalUrl), "原文链接须以 http://、https:// 或 / 开头（最多 500 个字符）。");
        context.Item.Apply(part);
    }

    private async Task ValidateExplainerAsync(ValidateContentContext context, CancellationToken cancellationToken)
    {
        const string prefix = nameof(ExplainerPart) + ".";
        var part = context.Item.As<ExplainerPart>() ?? new ExplainerPart();
        part.PolicyId = Clean(part.PolicyId);
        part.Summary = Clean(part.Summary);
        part.GraphicUrl = Clean(part.GraphicUrl);
        part.GraphicAlt = Clean(part.GraphicAlt);
        part.VideoUrl = Clean(part.VideoUrl);
        // The editor always offers an empty row to add a question; empty rows are not questions.
        part.Questions = (part.Questions ?? [])
            .Select(q => new QuestionAnswer { Question = Clean(q.Question), Answer = Clean(q.Answer) })
            .Where(q => q.Question.Length > 0 || q.Answer.Length > 0)
            .ToList();

        if (part.PolicyId.Length == 0)
            context.Fail(prefix + nameof(ExplainerPart.PolicyId), "请选择所解读的政策文件。");
        else if (await Contents.GetAsync(part.PolicyId, VersionOptions.Latest, cancellationToken) is not { ContentType: ExplainersTypes.Policy })
            context.Fail(prefix + nameof(ExplainerPart.PolicyId), "所选的不是政策文件：解读只能关联“政策文件”类型的内容。");

        if (part.Summary.Length > SummaryLength)
            context.Fail(prefix + nameof(ExplainerPart.Summary), $"摘要最多 {SummaryLength} 个字，现在有 {part.Summary.Length} 个字。");

        if (!Enum.IsDefined(part.Form))
            context.Fail(prefix + nameof(ExplainerPart.Form), "请选择解读形式：文字、图解或视频。");
        if (part.Form == ExplainerForm.Graphic && part.GraphicUrl.Length == 0)
            context.Fail(prefix + nameof(ExplainerPart.GraphicUrl), "图解形式的解读须有图解图片，请上传或填写图片地址。");
        if (part.GraphicUrl.Length > 0 && (part.GraphicUrl.Length > 500 || !SafeUrls.IsWebOrLocal(part.GraphicUrl)))
            context.Fail(prefix + nameof(ExplainerPart.GraphicUrl), "图解图片的地址须以 http://、https:// 或 / 开头（最多 500 个字符）。");
        if (part.GraphicAlt.Length > 200)
            context.Fail(prefix + nameof(ExplainerPart.GraphicAlt), "图片说明最多 200 个字。");
        if (part.Form == ExplainerForm.Video && part.VideoUrl.Length == 0)
            context.Fail(prefix + nameof(ExplainerPart.VideoUrl), "视频形式的解读须填写视频链接。");
        if (part.VideoUrl.Length > 0 && (part.VideoUrl.Length > 500 || !SafeUrls.IsWeb(part.VideoUrl)))
            context.Fail(prefix + nameof(ExplainerPart.VideoUrl), "视频链接须是以 http:// 或 https:// 开头的网址（最多 500 个字符）。");

        if (part.Questions.Count > 50)
            context.Fail(prefix + nameof(ExplainerPart.Questions), "问答最多 50 条。");
        for (var i = 0; i < part.Questions.Count; i++)
        {
            var pair = part.Questions[i];
            var key = $"{prefix}{nameof(ExplainerPart.Questions)}[{i}].";
            if (pair.Question.Length == 0)
                context.Fail(key + nameof(QuestionAnswer.Question), $"第 {i + 1} 条问答缺少问题。");
            else if (pair.Question.Length > QuestionLength)
                context.Fail(key + nameof(QuestionAnswer.Question), $"第 {i + 1} 条问答的问题最多 {QuestionLength} 个字。");
            // Answers were sanitized before this runs: an answer that was only script is empty now.
            if (pair.Answer.Length == 0)
                context.Fail(key + nameof(QuestionAnswer.Answer), $"第 {i + 1} 条问答缺少回答。");
        }
        context.Item.Apply(part);
    }

    /// <summary>Form binding turns empty inputs into null whatever the property says.</summary>
    private static string Clean(string? value) => value?.Trim() ?? "";

    public async Task SavedAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (item.As<ExplainerPart>() is not { } part)
            return;
        var link = await db.Links.FirstOrDefaultAsync(l => l.ExplainerId == item.ContentItemId, cancellationToken);
        if (link is null)
            db.Links.Add(new ExplainerLink { ExplainerId = item.ContentItemId, PolicyId = part.PolicyId });
        else if (!link.Published)
            link.PolicyId = part.PolicyId;
        // While published, the public sees the published version's policy: publishing moves the link.
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task PublishedAsync(ContentItem item, CancellationToken cancellationToken)
        => SetAsync(item, published: true, cancellationToken);

    public Task UnpublishedAsync(ContentItem item, CancellationToken cancellationToken)
        => SetAsync(item, published: false, cancellationToken);

    public Task RestoredAsync(ContentItem item, CancellationToken cancellationToken)
        => SetAsync(item, published: false, cancellationToken);

    public async Task RemovedAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (item.ContentType != ExplainersTypes.Explainer && !item.Has<ExplainerPart>())
            return;
        // Loaded and removed rather than ExecuteDelete: SaveChanges is what joins the change's transaction.
        if (await db.Links.FirstOrDefaultAsync(l => l.ExplainerId == item.ContentItemId, cancellationToken) is { } link)
        {
            db.Links.Remove(link);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task SetAsync(ContentItem item, bool published, CancellationToken cancellationToken)
    {
        if (item.As<ExplainerPart>() is not { } part)
            return;
        var link = await db.Links.FirstOrDefaultAsync(l => l.ExplainerId == item.ContentItemId, cancellationToken);
        if (link is null)
            db.Links.Add(link = new ExplainerLink { ExplainerId = item.ContentItemId });
        link.PolicyId = part.PolicyId;
        link.Published = published;
        await db.SaveChangesAsync(cancellationToken);
    }
}

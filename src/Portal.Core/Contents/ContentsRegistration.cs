using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Abstractions.Background;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Recipes;
using Portal.Core.Recipes.Steps;

namespace Portal.Core.Contents;

internal static class ContentsRegistration
{
    /// <summary>The content engine: definitions, the manager, sanitizing, the scheduler and the recipe steps.</summary>
    public static IServiceCollection AddPortalContents(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IRichTextSanitizer, RichTextSanitizer>();
        services.AddSingleton<ContentPartCatalog>();
        services.AddScoped<IContentDefinitionStore, ContentDefinitionStore>();
        services.AddScoped<ContentPreparer>();
        services.AddScoped<ContentActor>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<IBackgroundTask, ContentScheduleTask>();
        services.AddScoped<IRecipeStepHandler, ContentDefinitionStep>();
        services.AddScoped<IRecipeStepHandler, ContentStep>();

        services.AddSingleton(new ContentPartDescriptor(typeof(TitlePart), "标题", "内容的标题，也是它在列表中显示的名称。"));
        services.AddSingleton(new ContentPartDescriptor(typeof(AutoroutePart), "网址", "内容的公开网址，可自定义，默认按日期生成。"));
        services.AddSingleton(new ContentPartDescriptor(typeof(HtmlBodyPart), "正文", "富文本正文，保存时清理不安全的 HTML。"));
        services.AddSingleton(new ContentPartDescriptor(typeof(ColumnPart), "栏目与标签", "所属栏目（如 工作动态）和标签。"));
        services.AddSingleton(new ContentPartDescriptor(typeof(CoverPart), "封面图片", "列表和详情页顶部显示的图片。"));
        services.AddSingleton(new ContentPartDescriptor(typeof(AttachmentsPart), "附件", "可下载的文件（PDF、Word、Excel）。"));
        return services;
    }
}

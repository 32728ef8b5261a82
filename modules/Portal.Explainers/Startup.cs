using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Contents;
using Portal.Abstractions.Data;
using Portal.Abstractions.Display;
using Portal.Abstractions.Modules;
using Portal.Explainers.Data;
using Portal.Explainers.Display;
using Portal.Explainers.Editors;
using Portal.Explainers.Models;
using Portal.Explainers.Services;

namespace Portal.Explainers;

internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ExplainersDbContext, SqliteExplainersDbContext, PostgreSqlExplainersDbContext>();
        services.AddContentPart<PolicyPart, PolicyPartEditor>("政策文件", "发文字号、发布机关、发布日期和原文链接；标题即文件名称。");
        services.AddContentPart<ExplainerPart, ExplainerPartEditor>("政策解读", "所解读的政策、摘要、解读形式（文字、图解、视频）和问答。");
        services.AddScoped<IContentHandler, ExplainersContentHandler>();
        services.AddScoped<IContentDisplayHandler, ExplainersDisplayHandler>();
        services.AddScoped<IZoneWidgetProvider, HomeWidgets>();
        services.AddScoped<IPublicNavigationProvider, HomeWidgets>();
    }
}

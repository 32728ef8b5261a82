using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.Search.Analysis;

namespace Portal.Search;

internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // The analyzers hold no per-request state and load the SmartCn dictionary once, so one instance serves all.
        services.AddSingleton(_ => new ChineseAnalysis(RankingOptions.Default));
    }
}

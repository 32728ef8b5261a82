using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.Activities.Services;
using Portal.Search.Contracts;

namespace Portal.Activities.Search;

/// <summary>Activities in site search, while the search feature is on.</summary>
[RequireFeatures(SearchFeature.Id)]
internal sealed class ActivitiesSearchStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ISearchSource, ActivitySearchSource>();
        services.AddScoped<IActivityChangeObserver, ActivitySearchIndexing>();
    }
}

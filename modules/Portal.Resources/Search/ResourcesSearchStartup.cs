using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.Resources.Services;
using Portal.Search.Contracts;

namespace Portal.Resources.Search;

/// <summary>Public venues in site search, while the search feature is on.</summary>
[RequireFeatures(SearchFeature.Id)]
internal sealed class ResourcesSearchStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ISearchSource, ResourceSearchSource>();
        services.AddScoped<IResourceChangeObserver, ResourceSearchIndexing>();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.Search.Contracts;

namespace Portal.Volunteers.Teams;

/// <summary>Teams in site search, while the search feature is on.</summary>
[RequireFeatures(SearchFeature.Id)]
internal sealed class TeamsSearchStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ISearchSource, TeamSearchSource>();
        services.AddScoped<ITeamChangeObserver, TeamSearchIndexing>();
    }
}

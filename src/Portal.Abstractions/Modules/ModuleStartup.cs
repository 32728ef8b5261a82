using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Abstractions.Modules;

/// <summary>
/// A module's registration: services and endpoints. Startups only register; they do no work.
/// Everything a startup registers belongs to its features and switches off with them.
/// </summary>
public abstract class ModuleStartup
{
    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Maps endpoints on a group that answers 404 while the startup's features are disabled.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}

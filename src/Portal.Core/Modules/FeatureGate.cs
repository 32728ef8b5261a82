using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Portal.Core.Modules;

/// <summary>Endpoint metadata: the endpoint exists only while these features are enabled.</summary>
public sealed record FeatureMetadata(IReadOnlyList<string> FeatureIds);

/// <summary>Answers 404 for an endpoint whose feature is disabled, as if it were not there.</summary>
internal sealed class FeatureGateMiddleware(RequestDelegate next, FeatureState features)
{
    public Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<FeatureMetadata>();
        if (metadata is not null && !metadata.FeatureIds.All(features.IsEnabled))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return next(context);
    }
}

/// <summary>Tags every module controller's endpoints with the features of its module.</summary>
internal sealed class FeatureControllerConvention(ModuleCatalog catalog) : IControllerModelConvention
{
    public void Apply(ControllerModel controller)
    {
        var features = catalog.FeaturesOf(controller.ControllerType);
        if (features.Count == 0)
            return;
        foreach (var action in controller.Actions)
            foreach (var selector in action.Selectors)
                selector.EndpointMetadata.Add(new FeatureMetadata(features));
    }
}

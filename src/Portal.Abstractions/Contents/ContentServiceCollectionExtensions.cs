using Microsoft.Extensions.DependencyInjection;

namespace Portal.Abstractions.Contents;

public static class ContentServiceCollectionExtensions
{
    /// <summary>Makes <typeparamref name="TPart"/> available to content types, with its admin editor.</summary>
    public static IServiceCollection AddContentPart<TPart, TEditor>(this IServiceCollection services, string displayName, string description)
        where TPart : ContentPart
        where TEditor : class, IContentPartEditor
    {
        services.AddSingleton(new ContentPartDescriptor(typeof(TPart), displayName, description));
        services.AddScoped<IContentPartEditor, TEditor>();
        return services;
    }
}

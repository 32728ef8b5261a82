using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Media.Services;

namespace Portal.Media.Controllers;

/// <summary>
/// Lets an upload request be as large as the configured limit allows (Kestrel's own default is 30 MB), so
/// that a file over the limit is answered with the library's message, and a far larger body is cut off early.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class UploadBodyLimitAttribute(bool manyFiles) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    private const long FormOverhead = 1024 * 1024;

    /// <summary>First of all filters: the antiforgery check reads the form, and the limit must be set before.</summary>
    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var feature = context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is null || feature.IsReadOnly)
            return;
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value;
        var files = manyFiles ? options.MaxFilesPerPost : 1;
        feature.MaxRequestBodySize = files * (options.MaxUploadBytes + FormOverhead);
    }
}

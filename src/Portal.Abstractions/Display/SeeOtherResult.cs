using Microsoft.AspNetCore.Http;

namespace Portal.Abstractions.Display;

/// <summary>303 after a public form's successful post: the browser follows with a GET, so a reload does not post again.</summary>
public sealed class SeeOtherResult(string location) : IResult
{
    public string Location { get; } = location;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = Location;
        return Task.CompletedTask;
    }
}

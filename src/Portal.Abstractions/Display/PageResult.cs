using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Abstractions.Display;

/// <summary>Renders a shape inside the active theme's layout.</summary>
public interface IPageRenderer
{
    Task RenderAsync(HttpContext context, Shape page, string title, int statusCode);
}

/// <summary>A public page: a shape rendered inside the theme's layout.</summary>
public sealed class PageResult(Shape page, string title, int statusCode = StatusCodes.Status200OK) : IResult
{
    public Shape Page { get; } = page;

    public string Title { get; } = title;

    public Task ExecuteAsync(HttpContext httpContext)
        => httpContext.RequestServices.GetRequiredService<IPageRenderer>().RenderAsync(httpContext, Page, Title, statusCode);
}

public static class Pages
{
    /// <summary>A page rendering the template <paramref name="shapeName"/> with <paramref name="model"/>.</summary>
    public static PageResult Render(string shapeName, object? model, string title) => new(new Shape(shapeName, model), title);

    public static PageResult Render(Shape shape, string title) => new(shape, title);
}

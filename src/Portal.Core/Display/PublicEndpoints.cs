using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Portal.Abstractions.Display;
using Portal.Abstractions.Settings;

namespace Portal.Core.Display;

/// <summary>The engine's own public pages: the home page and the friendly error pages.</summary>
public static class PublicEndpoints
{
    public const string HomeRoute = "Home";

    public static void MapHome(this IEndpointRouteBuilder endpoints)
        => endpoints.MapGet("/", async (ISettingsStore settings, CancellationToken ct) =>
                Pages.Render("Home", await settings.GetAsync<HomeSettings>(HomeSettings.Key, ct) ?? new HomeSettings(), ""))
            .WithName(HomeRoute);

    /// <summary>Renders an error status as the theme's <c>Error-{code}</c> or <c>Error</c> page for browsers.</summary>
    public static async Task RenderErrorAsync(HttpContext http, int statusCode)
    {
        var (title, message) = statusCode switch
        {
            404 => ("页面不存在", "您访问的页面不存在或已被移除。"),
            403 => ("无权访问", "您没有访问此页面的权限。如需开通，请联系本单位管理员。"),
            400 => ("请求无效", "请求无法处理，请返回上一页检查后重试。"),
            429 => ("访问过于频繁", "请稍后再试。"),
            _ => ("服务暂时不可用", "系统出现了问题，我们已记录并会尽快处理。请稍后再试。"),
        };
        var shape = new Shape("Error", new ErrorModel(statusCode, title, message)) { Alternates = [$"Error-{statusCode}"] };
        try
        {
            await new PageResult(shape, title, statusCode).ExecuteAsync(http);
        }
        catch when (!http.Response.HasStarted)
        {
            // The theme itself failed: still never show a stack trace.
            http.Response.StatusCode = statusCode;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync($"{statusCode} {title}");
        }
    }

    public static void UseFriendlyErrors(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = http => RenderErrorAsync(http, StatusCodes.Status500InternalServerError),
            });
        app.UseStatusCodePages(context =>
        {
            var http = context.HttpContext;
            var wantsHtml = http.Request.Headers.Accept.Count == 0 || http.Request.Headers.Accept.ToString().Contains("text/html");
            return wantsHtml ? RenderErrorAsync(http, http.Response.StatusCode) : Task.CompletedTask;
        });
    }

    private sealed record ErrorModel(int StatusCode, string Title, string Message);
}

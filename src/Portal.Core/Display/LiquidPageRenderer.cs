using Fluid;
using Microsoft.AspNetCore.Http;
using Portal.Abstractions.Display;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Settings;

namespace Portal.Core.Display;

/// <summary>Renders a page: the zone widgets, then the page's shape, then the layout around it.</summary>
internal sealed class LiquidPageRenderer(
    ThemeTemplates templates,
    IEnumerable<IZoneWidgetProvider> widgetProviders,
    IEnumerable<IPublicNavigationProvider> navigationProviders,
    IFeatureState features,
    ISettingsStore settings) : IPageRenderer
{
    public const string LayoutShape = "Layout";

    public async Task RenderAsync(HttpContext http, Shape page, string title, int statusCode)
    {
        var cancellationToken = http.RequestAborted;
        var context = new TemplateContext(templates.Options);
        context.SetValue("Site", await settings.GetAsync<SiteSettings>(SiteSettings.Key, cancellationToken) ?? new SiteSettings());
        context.SetValue("Navigation", Navigation(http.Request.Path));
        context.SetValue("Page", new { Title = title, page.Name });
        context.SetValue("Request", new { Path = http.Request.Path.Value ?? "/" });
        context.SetValue("User", new { IsAuthenticated = http.User.Identity?.IsAuthenticated == true, http.User.Identity?.Name });

        // Positions order a zone's widgets across modules (news, then briefings, then the unit tree ...).
        var widgets = new List<ZoneWidget>();
        foreach (var provider in features.Enabled(widgetProviders))
            widgets.AddRange(await provider.GetWidgetsAsync(page, cancellationToken));
        foreach (var widget in widgets.OrderBy(w => w.Position))
            ZoneTags.Add(context, widget.Zone, await RenderShapeAsync(widget.Shape, context));

        context.SetValue("Body", await RenderShapeAsync(page, context));
        var html = await RenderShapeAsync(new Shape(LayoutShape, page.Model), context);

        http.Response.StatusCode = statusCode;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html, cancellationToken);
    }

    private async Task<string> RenderShapeAsync(Shape shape, TemplateContext context)
    {
        var (_, template) = templates.Find(shape.Candidates)
            ?? throw new InvalidOperationException($"主题 {templates.Theme.Id} 没有模板 {string.Join(" / ", shape.Candidates)}。");
        context.EnterChildScope();
        try
        {
            context.SetValue("Model", shape.Model);
            return await template.RenderAsync(context, templates.Encoder);
        }
        finally
        {
            context.ReleaseScope();
        }
    }

    private List<NavigationItem> Navigation(PathString path)
        => features.Enabled(navigationProviders)
            .SelectMany(p => p.GetLinks())
            .Prepend(new NavigationLink("首页", "/", int.MinValue))
            .OrderBy(l => l.Position)
            .Select(l => new NavigationItem(l.Text, l.Url, l.Url == "/" ? path == "/" : path.StartsWithSegments(l.Url)))
            .ToList();

    private sealed record NavigationItem(string Text, string Url, bool IsCurrent);
}

using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Portal.Core.Modules;

namespace Portal.Core.Display;

/// <summary>
/// The active theme's Liquid templates (embedded under <c>Views/</c>), parsed once and cached,
/// with the tags and filters the theme may use.
/// </summary>
public sealed class ThemeTemplates
{
    public const string DefaultTheme = "Portal.Theme.Civic";

    private readonly ConcurrentDictionary<string, IFluidTemplate?> _cache = new();
    private readonly IFileProvider _files;
    private readonly FluidParser _parser = new();

    public ThemeTemplates(ModuleCatalog catalog, IConfiguration configuration)
    {
        var id = configuration["Portal:Theme"] ?? DefaultTheme;
        Theme = catalog.Themes.FirstOrDefault(t => t.Id == id)
            ?? throw new FeatureGraphException($"找不到主题 “{id}”。可用的主题：{string.Join("、", catalog.Themes.Select(t => t.Id))}。");
        _files = new ManifestEmbeddedFileProvider(Theme.Assembly);
        ZoneTags.Register(_parser);

        // Templates are part of the shipped theme, not user input, so any model member may be read.
        Options = new TemplateOptions { MemberAccessStrategy = UnsafeMemberAccessStrategy.Instance };
        // {% include "ContentPager" %} shares a piece of markup between templates of the theme.
        Options.FileProvider = new ManifestEmbeddedFileProvider(Theme.Assembly, "Views");
        Options.Filters.AddFilter("theme_asset", (input, _, _) =>
            new StringValue($"/_content/{Theme.Id}/{input.ToStringValue().TrimStart('/')}"));
    }

    public ThemeInfo Theme { get; }

    public TemplateOptions Options { get; }

    /// <summary>Output encoding: HTML-significant characters only, Chinese stays readable.</summary>
    public TextEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The first of <paramref name="names"/> the theme has a template for.</summary>
    public (string Name, IFluidTemplate Template)? Find(IEnumerable<string> names)
    {
        foreach (var name in names)
            if (_cache.GetOrAdd(name, Load) is { } template)
                return (name, template);
        return null;
    }

    private IFluidTemplate? Load(string name)
    {
        var file = _files.GetFileInfo($"Views/{name}.liquid");
        if (!file.Exists)
            return null;
        using var reader = new StreamReader(file.CreateReadStream());
        var source = reader.ReadToEnd();
        return _parser.TryParse(source, out var template, out var error)
            ? template
            : throw new InvalidOperationException($"主题模板 {name}.liquid 有语法错误：{error}");
    }
}

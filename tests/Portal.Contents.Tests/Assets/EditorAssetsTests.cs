using System.Net;
using Microsoft.AspNetCore.Hosting;
using Portal.Testing;

namespace Portal.Contents.Tests.Assets;

/// <summary>
/// The editor's files are restored from npm and copied into the module's wwwroot by the build
/// (Assets/Assets.targets); these tests fail when that copy is not among the site's static assets.
/// </summary>
public sealed class EditorAssetsTests(EditorAssetsTests.BuiltSiteFactory factory) : IClassFixture<EditorAssetsTests.BuiltSiteFactory>
{
    /// <summary>
    /// A site run from its build output, as `dotnet run` runs it: the modules' wwwroot files are found
    /// through the build's static web assets manifest (published sites have them under wwwroot/_content).
    /// The host reads that manifest by itself only in Development, and the shared factory runs Production.
    /// </summary>
    public sealed class BuiltSiteFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseStaticWebAssets();
        }
    }

    [Theory]
    [InlineData("/_content/Portal.Contents/lib/wangeditor/index.js", "javascript", 100_000)]
    [InlineData("/_content/Portal.Contents/lib/wangeditor/style.css", "text/css", 5_000)]
    public async Task TheEditorLibrary_IsServedFromTheModule(string url, string contentType, int minimumBytes)
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(contentType, response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length >= minimumBytes, $"{url} has {body.Length} bytes; a build that copied a broken file would ship a broken editor.");
    }

    [Fact]
    public async Task TheEditorLibrary_DefinesTheGlobalThatTheEnhancementScriptUses()
    {
        using var client = factory.CreatePortalClient();

        var library = await client.Http.GetStringAsync("/_content/Portal.Contents/lib/wangeditor/index.js");

        Assert.Contains(".wangEditor=", library);
        Assert.Contains("createEditor", library);
    }

    [Fact]
    public async Task TheEnhancementScriptAndStyles_AreServed()
    {
        using var client = factory.CreatePortalClient();

        var script = await client.GetAsync("/_content/Portal.Contents/js/richtext.js");
        var styles = await client.GetAsync("/_content/Portal.Contents/css/richtext.css");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("window.portalRichText", await script.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, styles.StatusCode);
        Assert.Contains(".richtext", await styles.Content.ReadAsStringAsync());
    }
}

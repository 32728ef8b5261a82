using System.Net;
using Portal.Testing;

namespace Portal.Media.Tests.Controllers;

/// <summary>A site with small limits: 8 KB for any file, 4 KB for images.</summary>
public sealed class SmallLimitsFactory : PortalFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Portal:Media:MaxUploadBytes", "8192"),
        new("Portal:Media:MaxImageBytes", "4096"),
    ];
}

public sealed class UploadLimitTests(SmallLimitsFactory factory) : IClassFixture<SmallLimitsFactory>
{
    [Fact]
    public async Task AFileOverTheConfiguredLimit_IsRefusedNamingTheLimit()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var name = TestFiles.Name(".pdf");
        var pdf = TestFiles.Pdf().Concat(new byte[9000]).ToArray();
        var before = factory.StoredFiles();

        var response = await admin.UploadAsync(name, pdf);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("超过了文件大小上限 8 KB", (await MediaTestData.ReadJsonAsync(response)).GetProperty("message").GetString());
        Assert.Null(await factory.FindByNameAsync(name));
        Assert.Equal(before, factory.StoredFiles());
    }

    [Fact]
    public async Task AnImage_IsHeldToTheLowerImageLimit()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var png = TestFiles.Png(300, 200);
        Assert.True(png.Length > 4096);

        var response = await admin.UploadAsync(TestFiles.Name(".png"), png);

        Assert.Contains("超过了图片大小上限 4 KB", (await MediaTestData.ReadJsonAsync(response)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task AFileUnderTheLimit_IsAccepted()
    {
        using var admin = await factory.CreateAdminClientAsync();

        await admin.UploadOkAsync(TestFiles.Name(".pdf"), TestFiles.Pdf());
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Media.Contracts;
using Portal.Media.Data;
using Portal.Testing;

namespace Portal.Media.Tests.Services;

[Collection(SharedSite.Name)]
public sealed class PrivateImagesTests(PortalFactory factory)
{
    private Task<T> WithImagesAsync<T>(Func<IPrivateImages, Task<T>> work)
        => factory.WithScopeAsync(sp => work(sp.GetRequiredService<IPrivateImages>()));

    private Task<string> SaveAsync(string name, byte[] data) => WithImagesAsync(async images =>
    {
        var check = await images.CheckAsync(name, new MemoryStream(data));
        Assert.True(check.Succeeded, check.Error);
        return await images.SaveAsync(check, "tests");
    });

    [Fact]
    public async Task Save_KeepsTheImageAndItsThumbnailsUnderPrivate_OutOfTheLibrary()
    {
        var png = TestFiles.Png(640, 480);
        var before = await factory.WithScopeAsync(sp => sp.GetRequiredService<MediaDbContext>().Files.CountAsync());

        var path = await SaveAsync(TestFiles.Name(".png"), png);

        Assert.Matches(@"^private/tests/\d{4}/\d{2}/[a-z0-9]{16}\.png$", path);
        var stored = factory.StoredFiles();
        Assert.Contains(path, stored);
        Assert.Contains(path.Replace("private/tests/", "private/tests/thumbs/320/").Replace(".png", ".webp"), stored);
        Assert.Equal(before, await factory.WithScopeAsync(sp => sp.GetRequiredService<MediaDbContext>().Files.CountAsync()));
        var (original, type) = await WithImagesAsync(async images =>
        {
            var image = (await images.OpenAsync(path))!;
            await using var content = image.Content;
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            return (copy.ToArray(), image.ContentType);
        });
        Assert.Equal(png, original);
        Assert.Equal("image/png", type);
        Assert.Equal("image/webp", await WithImagesAsync(async images =>
        {
            var thumbnail = (await images.OpenAsync(path, 320))!;
            await thumbnail.Content.DisposeAsync();
            return thumbnail.ContentType;
        }));
    }

    [Fact]
    public async Task APrivateImage_IsNotServedAtAnyMediaAddress()
    {
        var path = await SaveAsync(TestFiles.Name(".jpg"), TestFiles.Jpeg(400, 300));
        using var admin = await factory.CreateAdminClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(MediaUrls.Original(path))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(MediaUrls.Thumbnail(path, 320))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/media/" + path.Replace("private/tests/", "private/tests/thumbs/320/"))).StatusCode);
    }

    [Theory]
    [InlineData("说明.pdf", "不是图片")]
    [InlineData("照片.txt", "不是图片")]
    [InlineData("照片.jpg", "文件内容与扩展名 .jpg 不符")]
    public async Task Check_RefusesAnythingButAnImage_NamingTheFile(string name, string expected)
    {
        var data = name.EndsWith(".pdf") ? TestFiles.Pdf() : TestFiles.Text();

        var check = await WithImagesAsync(images => images.CheckAsync(name, new MemoryStream(data)));

        Assert.False(check.Succeeded);
        Assert.Contains(name, check.Error);
        Assert.Contains(expected, check.Error);
        await Assert.ThrowsAsync<ArgumentException>(() => WithImagesAsync(images => images.SaveAsync(check, "tests")));
    }

    [Fact]
    public async Task Check_ReadsAStreamThatCannotSeek()
    {
        var check = await WithImagesAsync(images => images.CheckAsync("照片.png", new ForwardOnlyStream(TestFiles.Png(100, 80))));

        Assert.True(check.Succeeded, check.Error);
    }

    [Fact]
    public async Task Delete_RemovesTheImageAndItsThumbnails()
    {
        var path = await SaveAsync(TestFiles.Name(".jpg"), TestFiles.Jpeg(400, 300));
        var stem = Path.GetFileNameWithoutExtension(path);

        await WithImagesAsync(async images => { await images.DeleteAsync(path); return true; });

        Assert.DoesNotContain(factory.StoredFiles(), f => f.Contains(stem));
        Assert.Null(await WithImagesAsync(images => images.OpenAsync(path)));
    }

    [Theory]
    [InlineData("2026/11/abcdefghijklmnop.png")]
    [InlineData("private/tests/../../portal.db")]
    [InlineData("private/tests/2026/11/abcdefghijklmnop.pdf")]
    public async Task Open_OfAPathThatIsNoPrivateImage_FindsNothing(string path)
        => Assert.Null(await WithImagesAsync(images => images.OpenAsync(path)));

    private sealed class ForwardOnlyStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}

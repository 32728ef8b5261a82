using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Media.Data;
using Portal.Media.Models;
using Portal.Testing;

namespace Portal.Media.Tests;

/// <summary>Uploads as the editor and the library form do, and looks at what was stored.</summary>
internal static class MediaTestData
{
    public const string Password = "Media-pass-2026";

    /// <summary>Posts one file to the editor's upload endpoint with a token from the library page.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this PortalClient client, string fileName, byte[] data, string? alt = null, bool tokenInHeader = false)
    {
        var token = await client.AntiforgeryTokenAsync("/admin/media");
        using var form = Multipart("file", (fileName, data));
        if (alt is not null)
            form.Add(new StringContent(alt), "alt");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/media/upload") { Content = form };
        if (tokenInHeader)
            request.Headers.Add("RequestVerificationToken", token);
        else
            form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.Http.SendAsync(request);
    }

    /// <summary>Uploads a file that must be accepted; returns the reply's <c>data</c>.</summary>
    public static async Task<JsonElement> UploadOkAsync(this PortalClient client, string fileName, byte[] data, string? alt = null)
    {
        var response = await client.UploadAsync(fileName, data, alt);
        var reply = await ReadJsonAsync(response);
        if (reply.GetProperty("errno").GetInt32() != 0)
            throw new InvalidOperationException($"Upload of {fileName} refused: {reply}");
        return reply.GetProperty("data");
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
        => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>A multipart form with <paramref name="files"/> in the field <paramref name="field"/>.</summary>
    public static MultipartFormDataContent Multipart(string field, params (string Name, byte[] Data)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, data) in files)
        {
            var part = new ByteArrayContent(data);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, field, name);
        }
        return form;
    }

    public static Task<MediaFile?> FindByNameAsync(this PortalFactory factory, string originalName)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<MediaDbContext>().Files.AsNoTracking().FirstOrDefaultAsync(f => f.OriginalName == originalName));

    /// <summary>Every file under the site's media folder, relative to it.</summary>
    public static IReadOnlySet<string> StoredFiles(this PortalFactory factory)
    {
        var root = Path.Combine(factory.AppData, "media");
        return Directory.Exists(root)
            ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).ToHashSet()
            : new HashSet<string>();
    }

    public static string StoredFile(this PortalFactory factory, string path) => Path.Combine(factory.AppData, "media", path);
}

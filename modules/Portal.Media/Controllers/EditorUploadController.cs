using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;
using Portal.Media.Contracts;
using Portal.Media.Services;

namespace Portal.Media.Controllers;

/// <summary>
/// The upload endpoint of the rich-text editor and other content editors: one file in the form field <c>file</c>,
/// answered in the JSON shape of wangEditor's custom upload (<c>errno</c> 0 with <c>data</c>, or 1 with <c>message</c>).
/// </summary>
[RequirePermission(nameof(Permissions.ManageOwnMedia))]
[Route("admin/media/upload")]
// Checked in the action instead, so that an expired page is told so in the editor's JSON shape.
[IgnoreAntiforgeryToken]
internal sealed class EditorUploadController(IAntiforgery antiforgery, MediaUploader uploader) : Controller
{
    private static readonly JsonSerializerOptions ReplyOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    [HttpPost("")]
    [UploadBodyLimit(manyFiles: false)]
    public async Task<IActionResult> Upload(IFormFile? file, string? alt, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
            return Failure("页面已过期，请刷新页面后重新上传。");
        if (file is null)
            return Failure("请选择要上传的文件（表单字段 file）。");

        await using var content = file.OpenReadStream();
        var result = await uploader.UploadAsync(file.FileName, content, alt, User.AsUploader(), cancellationToken);
        if (!result.Succeeded)
            return Failure(result.Error!);

        var info = MediaLibrary.ToInfo(result.File!);
        var data = new UploadedFile(
            info.Url, info.Alt, "", info.Kind == MediaKind.Image ? info.ThumbnailUrl(320) : "", info.OriginalName,
            info.Kind == MediaKind.Image ? "image" : "document");
        return new JsonResult(new UploadReply(0, data, null), ReplyOptions);
    }

    private static JsonResult Failure(string message)
        => new(new UploadReply(1, null, message), ReplyOptions) { StatusCode = StatusCodes.Status400BadRequest };

    private sealed record UploadReply(int Errno, UploadedFile? Data, string? Message);

    private sealed record UploadedFile(string Url, string Alt, string Href, string Thumbnail, string Name, string Kind);
}

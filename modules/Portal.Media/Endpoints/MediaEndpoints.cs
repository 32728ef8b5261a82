using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Portal.Media.Contracts;
using Portal.Media.Services;
using Portal.Media.Storage;

namespace Portal.Media.Endpoints;

/// <summary>
/// Serves uploads to everyone: <c>/media/{path}</c> the original, <c>/media/thumbs/{width}/{path}</c> a thumbnail.
/// Stored names are random and never reused, so a response may be cached for good.
/// </summary>
internal static class MediaEndpoints
{
    private const string CacheForever = "public, max-age=31536000, immutable";

    public static void MapMediaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/media");

        group.MapGet("/thumbs/{width:int}/{**path}", async Task<Results<FileStreamHttpResult, NotFound>> (
                int width, string? path, IMediaLibrary library, IMediaStore store, HttpContext context) =>
            {
                if (!Thumbnails.Widths.Contains(width))
                    return TypedResults.NotFound();
                var file = path is null ? null : await library.FindAsync(path, context.RequestAborted);
                if (file is not { Kind: MediaKind.Image })
                    return TypedResults.NotFound();
                var format = Thumbnails.FormatFor(file.ContentType);
                var stream = await store.OpenReadAsync(MediaPaths.ThumbnailPath(file.Path, width, format.Extension), context.RequestAborted);
                if (stream is null)
                    return TypedResults.NotFound();
                return Serve(context, stream, format.ContentType, null, $"\"{Stem(file.Path)}-{width}\"");
            })
            .WithName(MediaRoutes.Thumbnail);

        group.MapGet("/{**path}", async Task<Results<FileStreamHttpResult, NotFound>> (
                string? path, IMediaLibrary library, IMediaStore store, HttpContext context) =>
            {
                var file = path is null ? null : await library.FindAsync(path, context.RequestAborted);
                if (file is null)
                    return TypedResults.NotFound();
                var stream = await store.OpenReadAsync(file.Path, context.RequestAborted);
                if (stream is null)
                    return TypedResults.NotFound();
                // Documents download under their original (often Chinese) name: filename* per RFC 5987.
                var downloadName = file.Kind == MediaKind.Document ? file.OriginalName : null;
                return Serve(context, stream, file.ContentType, downloadName, $"\"{Stem(file.Path)}\"");
            })
            .WithName(MediaRoutes.Original);
    }

    private static FileStreamHttpResult Serve(HttpContext context, Stream stream, string contentType, string? downloadName, string etag)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = CacheForever;
        return TypedResults.File(stream, contentType, downloadName, lastModified: null,
            entityTag: new EntityTagHeaderValue(etag), enableRangeProcessing: true);
    }

    private static string Stem(string path) => Path.GetFileNameWithoutExtension(path);
}

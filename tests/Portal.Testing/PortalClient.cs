using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Portal.Testing;

/// <summary>A file a test posts with a form, in the field <paramref name="Field"/>.</summary>
public sealed record UploadFile(string Field, string FileName, byte[] Data);

/// <summary>An HTTP client that reads pages with AngleSharp and submits their forms as a browser would.</summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    private static readonly IBrowsingContext Browser = BrowsingContext.New(Configuration.Default);

    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    /// <summary>Gets a page that must answer 200 and parses it.</summary>
    public async Task<IDocument> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}, expected 200.");
        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await Browser.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    /// <summary>
    /// Opens <paramref name="pageUrl"/>, takes the form matching <paramref name="formSelector"/>, fills in
    /// <paramref name="values"/> over its own fields (the antiforgery token included) and submits it.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, string formSelector, IReadOnlyDictionary<string, string>? values = null)
    {
        var page = await GetPageAsync(pageUrl);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"{pageUrl} has no form matching {formSelector}.");
        return await SubmitAsync(form, values);
    }

    /// <summary>As <see cref="SubmitFormAsync(string, string, IReadOnlyDictionary{string, string}?)"/>, with files, posted as multipart/form-data.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, string formSelector, IReadOnlyDictionary<string, string>? values,
        IReadOnlyList<UploadFile> files)
    {
        var page = await GetPageAsync(pageUrl);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"{pageUrl} has no form matching {formSelector}.");
        return await SubmitAsync(form, values, files);
    }

    public async Task<HttpResponseMessage> SubmitAsync(IHtmlFormElement form, IReadOnlyDictionary<string, string>? values = null, IReadOnlyList<UploadFile>? files = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("checkbox" or "radio" or "submit" or "file"):
                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlInputElement box when !string.IsNullOrEmpty(box.Name) && box.Type is "checkbox" or "radio" && box.IsChecked:
                    fields.Add(new(box.Name, box.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
            }
        }
        if (values is not null)
        {
            fields.RemoveAll(f => values.ContainsKey(f.Key));
            fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value)));
        }
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? form.BaseUri : form.Action;
        return await Http.PostAsync(new Uri(action).PathAndQuery, files is null ? new FormUrlEncodedContent(fields) : Multipart(fields, files));
    }

    private static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> fields, IReadOnlyList<UploadFile> files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
            content.Add(new StringContent(value), name);
        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Data);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, file.Field, file.FileName);
        }
        return content;
    }

    /// <summary>Signs in through the login form.</summary>
    public Task<HttpResponseMessage> LoginAsync(string userName, string password)
        => SubmitFormAsync("/account/login", "form[action='/account/login']", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });

    public void Dispose() => Http.Dispose();
}

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Abstractions.Display;

/// <summary>
/// The antiforgery field of a form on a public (Liquid) page: put it in the page's model and write
/// <c>&lt;input type="hidden" name="{{ Model.Token.FieldName }}" value="{{ Model.Token.Value }}"&gt;</c>. Minimal API
/// handlers that bind <c>[FromForm]</c> check it.
/// </summary>
public sealed record FormToken(string FieldName, string Value)
{
    public static FormToken For(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken ?? "");
    }
}

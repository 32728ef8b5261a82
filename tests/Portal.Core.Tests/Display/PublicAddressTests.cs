using Microsoft.AspNetCore.Http;
using Portal.Core.Display;

namespace Portal.Core.Tests.Display;

public sealed class PublicAddressTests
{
    private static HttpRequest Request(string scheme, string host, string pathBase = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString(host);
        context.Request.PathBase = pathBase;
        return context.Request;
    }

    [Fact]
    public void TheSetting_WinsOverTheRequest_WithoutItsTrailingSlash()
        => Assert.Equal("https://wmsj.example.cn", PublicAddress.Of("https://wmsj.example.cn/", Request("http", "10.0.0.5:8080")));

    [Fact]
    public void WithoutTheSetting_TheRequestGivesTheRoot_WithItsPathBase()
        => Assert.Equal("http://localhost:5000/portal", PublicAddress.Of(null, Request("http", "localhost:5000", "/portal")));

    [Theory]
    [InlineData("")]
    [InlineData("wmsj.example.cn")]
    [InlineData("/relative")]
    public void ASettingThatIsNoAbsoluteAddress_IsIgnored(string configured)
        => Assert.Equal("https://site.example", PublicAddress.Of(configured, Request("https", "site.example")));

    [Fact]
    public void TheSetting_IsEnoughWithoutARequest()
        => Assert.Equal("https://wmsj.example.cn", PublicAddress.Of("https://wmsj.example.cn", null));

    [Fact]
    public void NeitherSettingNorRequest_IsAnError_NamingTheSetting()
        => Assert.Contains("Portal:PublicBaseUrl", Assert.Throws<InvalidOperationException>(() => PublicAddress.Of(null, null)).Message);
}

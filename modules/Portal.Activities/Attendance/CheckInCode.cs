using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Portal.Activities.Models;
using QRCoder;
using Portal.Abstractions.Display;

namespace Portal.Activities.Attendance;

/// <summary>
/// The check-in QR code of an activity: the address of its check-in page with a token protected by ASP.NET Core Data
/// Protection (authenticated encryption with the site's keys), so the address cannot be guessed from the activity's
/// number nor one activity's code be turned into another's. The code itself never expires; what it allows is limited by
/// the activity's <see cref="CheckInWindow"/>, checked on every scan.
/// </summary>
internal sealed class CheckInCode(IDataProtectionProvider protection, IPublicAddress publicAddress)
{
    private const string Purpose = "Portal.Activities.CheckIn.v1";

    private IDataProtector Protector => protection.CreateProtector(Purpose);

    public string TokenFor(int activityId) => Protector.Protect(activityId.ToString(CultureInfo.InvariantCulture));

    /// <summary>True when <paramref name="token"/> was made by <see cref="TokenFor"/> for this very activity.</summary>
    public bool IsFor(int activityId, string? token)
    {
        if (string.IsNullOrEmpty(token))
            return false;
        try
        {
            return Protector.Unprotect(token) == activityId.ToString(CultureInfo.InvariantCulture);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    public static string PagePath(int activityId, string token)
        => $"{ActivityRoutes.PublicUrl(activityId)}/checkin?t={Uri.EscapeDataString(token)}";

    /// <summary>The absolute address the QR code holds, on the site's public root.</summary>
    public string Address(int activityId) => publicAddress.Absolute(PagePath(activityId, TokenFor(activityId)));

    /// <summary>The QR code as an SVG document, to show on a screen or print at the door.</summary>
    public static string Svg(string address)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.Q);
        return new SvgQRCode(data).GetGraphic(8);
    }
}

/// <summary>
/// When the check-in code works: from 30 minutes before the start (volunteers arrive early) until 30 minutes after the
/// end (to check out once the work is done). Staff record attendance by hand outside it.
/// </summary>
internal static class CheckInWindow
{
    public static readonly TimeSpan Early = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan Late = TimeSpan.FromMinutes(30);

    public static DateTime OpensUtc(Activity activity) => activity.StartsUtc - Early;

    public static DateTime ClosesUtc(Activity activity) => activity.EndsUtc + Late;

    public static string Describe(Activity activity)
        => $"{Public.PublicActivities.FormatTime(OpensUtc(activity))} 至 {Public.PublicActivities.FormatTime(ClosesUtc(activity))}";
}

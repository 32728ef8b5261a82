using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Abstractions.Validation;

/// <summary>Which kinds of number a phone field takes: a field for SMS or login takes only mobiles.</summary>
[Flags]
public enum PhoneKinds
{
    Mobile = 1,
    Landline = 2,
    Any = Mobile | Landline,
}

/// <summary>A phone number read by <see cref="PhoneNumbers.Check"/>: its normalised form, or why it is refused.</summary>
public sealed record PhoneCheck(bool Valid, bool Empty, string Number, PhoneKinds Kind, string? Error)
{
    internal static PhoneCheck Blank() => new(false, true, "", 0, null);

    internal static PhoneCheck Ok(string number, PhoneKinds kind) => new(true, false, number, kind, null);

    internal static PhoneCheck Fail(string error) => new(false, false, "", 0, error);
}

/// <summary>
/// The one rule for mainland phone numbers. A mobile is 11 digits starting 13–19, optionally after +86, 0086 or 86; it
/// is stored as the 11 digits, so 138 1234 5678 and +86 13812345678 are one number (and one keyed hash). A landline is an
/// area code (010 and 020–029 have three digits, every other 0xxx four) and a 7–8 digit number not starting with 0,
/// optionally with an extension (-801, 转801, #801); it is stored as <c>0510-86860000</c> or <c>0510-86860000-801</c>.
/// Spaces, dashes, dots, brackets and full-width digits are tolerated.
/// </summary>
public static partial class PhoneNumbers
{
    /// <summary>The message for a number that is not a mobile, after the field's name (e.g. “手机号码”).</summary>
    public static string MobileMessage(string label = "手机号码")
        => $"{label}应为 1 开头的 11 位数字（前面可加 +86），请检查后重新填写。";

    /// <summary>The message for a number that is neither a mobile nor a landline, after the field's name (e.g. “联系电话”).</summary>
    public static string AnyMessage(string label = "联系电话")
        => $"{label}应为 11 位手机号码，或带区号的固定电话（如 0510-86860000，有分机时写在最后：0510-86860000-801）。";

    /// <summary>
    /// Reads a number of the <paramref name="allowed"/> kinds. An empty input is neither valid nor an error
    /// (<see cref="PhoneCheck.Empty"/>): whether the field is required, and its message, is the caller's.
    /// </summary>
    public static PhoneCheck Check(string? input, PhoneKinds allowed = PhoneKinds.Any, string? label = null)
    {
        var text = Narrow(input).Trim();
        if (text.Length == 0)
            return PhoneCheck.Blank();
        var message = allowed == PhoneKinds.Mobile ? MobileMessage(label ?? "手机号码") : AnyMessage(label ?? "联系电话");
        if (text.Length > 40)
            return PhoneCheck.Fail(message);

        if (allowed.HasFlag(PhoneKinds.Mobile) && MobileShape().Match(Separators().Replace(text, "")) is { Success: true } mobile)
            return PhoneCheck.Ok(mobile.Groups["number"].Value, PhoneKinds.Mobile);
        if (allowed.HasFlag(PhoneKinds.Landline) && Landline(text) is { } landline)
            return PhoneCheck.Ok(landline, PhoneKinds.Landline);
        return PhoneCheck.Fail(message);
    }

    /// <summary>Whether the input is a mobile number (in any tolerated spelling).</summary>
    public static bool IsMobile(string? input) => Check(input, PhoneKinds.Mobile).Valid;

    /// <summary>The normalised number, or the input trimmed when it is not a valid number (e.g. to compare with a stored one).</summary>
    public static string Normalize(string? input, PhoneKinds allowed = PhoneKinds.Any)
        => Check(input, allowed) is { Valid: true } check ? check.Number : Narrow(input).Trim();

    private static string? Landline(string text)
    {
        // An extension after an explicit marker, or as the last group after a dash or space once the rest is a whole number.
        var extension = "";
        var marker = ExtensionMarker().Match(text);
        if (marker.Success)
        {
            extension = marker.Groups["ext"].Value;
            text = text[..marker.Index];
        }

        var country = CountryPrefix().Match(text);
        if (country.Success)
        {
            // +86 drops the area code's 0: +86 510 86860000 is 0510-86860000.
            var rest = text[country.Length..].TrimStart(' ', '-', '(');
            text = rest.StartsWith('0') ? rest : "0" + rest;
        }

        var digits = Separators().Replace(text, "");
        if (!digits.All(char.IsAsciiDigit))
            return null;
        if (Split(digits) is { } whole)
            return whole + (extension.Length > 0 ? "-" + extension : "");
        if (extension.Length > 0)
            return null;

        var groups = Separators().Split(text).Where(g => g.Length > 0).ToList();
        if (groups.Count >= 2 && groups[^1].Length is >= 1 and <= 6 && Split(string.Concat(groups.SkipLast(1))) is { } number)
            return number + "-" + groups[^1];
        return null;
    }

    /// <summary>0510-86860000 from 051086860000: the area code's length follows from its digits.</summary>
    private static string? Split(string digits)
    {
        var areaLength = digits.StartsWith("010", StringComparison.Ordinal) || digits.StartsWith("02", StringComparison.Ordinal) ? 3 : 4;
        if (digits.Length < areaLength + 7 || digits.Length > areaLength + 8 || digits[0] != '0' || digits[1] == '0')
            return null;
        var local = digits[areaLength..];
        return local[0] == '0' ? null : digits[..areaLength] + "-" + local;
    }

    /// <summary>Full-width digits and signs (１３８－…, ＋８６) as typed by a Chinese input method, made ASCII.</summary>
    private static string Narrow(string? input)
    {
        if (string.IsNullOrEmpty(input))
            return "";
        var builder = new StringBuilder(input.Length);
        foreach (var c in input)
            builder.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c);
        return builder.ToString();
    }

    [GeneratedRegex(@"[\s\-.()]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:\+86|0086|86)?(?<number>1[3-9]\d{9})$")]
    private static partial Regex MobileShape();

    [GeneratedRegex(@"^(?:\+|00)86[\s\-]*")]
    private static partial Regex CountryPrefix();

    [GeneratedRegex(@"\s*(?:转|分机|ext\.?|x|#)\s*(?<ext>\d{1,6})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ExtensionMarker();
}

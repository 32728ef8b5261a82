using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Services;

/// <summary>
/// Reads an ID number of each type: a 居民身份证 by GB 11643-1999 (18 characters, a birth date that exists and is not
/// in the future, the check digit over the first 17), the others by their document's pattern.
/// </summary>
internal static partial class IdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>The number as stored and hashed: no spaces, upper case (the X of an ID card, the letter of a permit).</summary>
    public static string Normalize(string? number) => (number ?? "").Trim().Replace(" ", "").ToUpperInvariant();

    public static IdNumberCheck Check(IdType type, string? number, DateOnly today)
    {
        var value = Normalize(number);
        if (value.Length == 0)
            return IdNumberCheck.Fail("请填写证件号码。");

        return type switch
        {
            IdType.ResidentCard => ResidentCard(value, today),
            IdType.HongKongMacaoPermit => HongKongMacao().IsMatch(value)
                ? IdNumberCheck.Ok(value) : IdNumberCheck.Fail("港澳居民来往内地通行证号码应为 H 或 M 加 8 位或 10 位数字。"),
            IdType.TaiwanPermit => Taiwan().IsMatch(value)
                ? IdNumberCheck.Ok(value) : IdNumberCheck.Fail("台湾居民来往大陆通行证号码应为 8 位数字（旧版可带 1 至 2 位字母后缀）。"),
            _ => Passport().IsMatch(value)
                ? IdNumberCheck.Ok(value) : IdNumberCheck.Fail("护照号码应为 5 至 17 位字母或数字。"),
        };
    }

    private static IdNumberCheck ResidentCard(string value, DateOnly today)
    {
        if (!ResidentCardShape().IsMatch(value))
            return IdNumberCheck.Fail("居民身份证号码应为 18 位：前 17 位是数字，最后一位是数字或 X。");
        if (!DateOnly.TryParseExact(value.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth > today || birth.Year < 1900)
            return IdNumberCheck.Fail($"居民身份证号码中的出生日期 {value.Substring(6, 8)} 不是有效日期。");

        var sum = 0;
        for (var i = 0; i < 17; i++)
            sum += (value[i] - '0') * Weights[i];
        if (value[17] != CheckCharacters[sum % 11])
            return IdNumberCheck.Fail("居民身份证号码的校验位不正确，请核对后重新填写。");

        var gender = (value[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;
        return IdNumberCheck.Ok(value, birth, gender);
    }

    [GeneratedRegex(@"^\d{17}[\dX]$")]
    private static partial Regex ResidentCardShape();

    [GeneratedRegex(@"^[HM](\d{8}|\d{10})$")]
    private static partial Regex HongKongMacao();

    [GeneratedRegex(@"^\d{8}([A-Z]{1,2})?$")]
    private static partial Regex Taiwan();

    [GeneratedRegex(@"^[A-Z0-9]{5,17}$")]
    private static partial Regex Passport();
}

/// <summary>The normalized number with what it tells (birth date and gender of an ID card), or why it is refused.</summary>
internal sealed record IdNumberCheck(bool Valid, string Number, DateOnly? BirthDate, Gender Gender, string? Error)
{
    public static IdNumberCheck Ok(string number, DateOnly? birth = null, Gender gender = Gender.Unknown) => new(true, number, birth, gender, null);

    public static IdNumberCheck Fail(string error) => new(false, "", null, Gender.Unknown, error);
}

internal static class IdTypeNames
{
    public static string ToChinese(this IdType type) => type switch
    {
        IdType.ResidentCard => "居民身份证",
        IdType.HongKongMacaoPermit => "港澳居民来往内地通行证",
        IdType.TaiwanPermit => "台湾居民来往大陆通行证",
        _ => "护照",
    };
}

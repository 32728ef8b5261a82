namespace Portal.Abstractions.Security;

/// <summary>
/// Keeps personal data (ID numbers, phones, addresses) unreadable at rest: <see cref="Protect"/> encrypts a value
/// for its column, <see cref="Hash"/> gives the keyed hash a record is found by (a duplicate ID, a login by phone)
/// without storing the value itself. Show values through <see cref="PersonalDataMask"/>; reading one in full is a
/// permissioned, audited act of the module that owns the record.
/// </summary>
public interface IPersonalDataVault
{
    string Protect(string value);

    string Unprotect(string protectedValue);

    /// <summary>A keyed hash (HMAC-SHA256) of the value as given; normalize it first (trim, upper-case the X of an ID).</summary>
    string Hash(string value);
}

/// <summary>How personal data is shown everywhere except an audited full read: enough to recognise, not enough to use.</summary>
public static class PersonalDataMask
{
    /// <summary><c>320202199001011234</c> → <c>3202**********1234</c>; short numbers keep only their last two characters.</summary>
    public static string IdNumber(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        return value.Length >= 10
            ? value[..4] + new string('*', value.Length - 8) + value[^4..]
            : new string('*', Math.Max(0, value.Length - 2)) + value[Math.Max(0, value.Length - 2)..];
    }

    /// <summary><c>13812345678</c> → <c>138****5678</c>; other numbers keep their first three and last four digits.</summary>
    public static string Phone(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        return value.Length >= 8
            ? value[..3] + new string('*', value.Length - 7) + value[^4..]
            : new string('*', value.Length);
    }

    /// <summary><c>张三</c> → <c>张*</c>, <c>欧阳晞瑗</c> → <c>欧**瑗</c>.</summary>
    public static string Name(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        return value.Length <= 2
            ? value[..1] + "*"
            : value[..1] + new string('*', value.Length - 2) + value[^1..];
    }

    /// <summary>An address shows its first six characters: the district, not the door.</summary>
    public static string Address(string? value)
        => string.IsNullOrEmpty(value) ? "" : value.Length <= 6 ? value : value[..6] + "****";
}

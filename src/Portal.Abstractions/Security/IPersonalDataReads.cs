using System.Security.Claims;

namespace Portal.Abstractions.Security;

/// <summary>
/// The audited full read of personal data, the same for every module: it checks the permission the module names,
/// decrypts the fields through <see cref="IPersonalDataVault"/> and writes one audit row (who, when, which record and
/// fields, from where) in the unit of work of the request, so there is no read without its row. The module finds the
/// record first (within the reader's units) and answers 404 when it may not be seen at all.
/// </summary>
public interface IPersonalDataReads
{
    /// <summary>The fields revealed and recorded, or null (nothing read, nothing written) when the reader lacks the permission.</summary>
    Task<PersonalDataShown?> ReadAsync(ClaimsPrincipal reader, PersonalDataRequest request, CancellationToken cancellationToken = default);

    /// <summary>The latest reads of one record, newest first.</summary>
    Task<IReadOnlyList<PersonalDataReadEntry>> ListAsync(string recordKind, string recordId, int take = 50, CancellationToken cancellationToken = default);
}

/// <summary>
/// What a module asks to read in full: the record's kind (its module's constant, e.g. <c>Volunteers.Volunteer</c>)
/// and id, the permission that gates it, and the fields in the order they are shown.
/// </summary>
public sealed record PersonalDataRequest(string RecordKind, string RecordId, Permission Permission, IReadOnlyList<PersonalDataField> Fields);

/// <summary>
/// One field of a full read: a protected value to reveal (named in the audit row), or a plain value shown beside the
/// revealed ones (the emergency contact's name, the owner organisation). <see cref="CssClass"/> marks its value on the page.
/// </summary>
public sealed record PersonalDataField(string Name, string Label, string CssClass, string Value, bool IsProtected)
{
    /// <summary>A value stored by <see cref="IPersonalDataVault.Protect"/>; an empty one stays empty.</summary>
    public static PersonalDataField Protected(string name, string label, string cssClass, string protectedValue)
        => new(name, label, cssClass, protectedValue, true);

    public static PersonalDataField Plain(string label, string cssClass, string value) => new("", label, cssClass, value, false);
}

/// <summary>The fields of a full read, revealed.</summary>
public sealed record PersonalDataShown(string RecordKind, string RecordId, IReadOnlyList<PersonalDataShownField> Fields)
{
    /// <summary>The revealed value of the protected field <paramref name="name"/>.</summary>
    public string this[string name] => Fields.First(f => f.Name == name).Value;
}

public sealed record PersonalDataShownField(string Name, string Label, string CssClass, string Value);

/// <summary>One audited read: whose record, which fields, who read it, when and from where.</summary>
public sealed record PersonalDataReadEntry(
    long Id,
    string RecordKind,
    string RecordId,
    IReadOnlyList<string> Fields,
    string ReaderUserId,
    string ReaderName,
    DateTime Utc,
    string RemoteAddress,
    string Source);

/// <summary>
/// The shared admin page of a full read (<c>Views/Shared/PersonalDataRead.cshtml</c> of the admin theme): a title, the
/// notice that the read was recorded, the fields, and the way back.
/// </summary>
public sealed record PersonalDataPage(string Title, string Notice, PersonalDataShown Shown, string BackUrl, string BackText)
{
    /// <summary>The view every module returns for a full read.</summary>
    public const string View = "PersonalDataRead";
}

/// <summary>
/// The shared audit list of a record (<c>Views/Shared/_PersonalDataReads.cshtml</c> of the admin theme); the labels
/// name the fields of the record's kind.
/// </summary>
public sealed record PersonalDataReadList(string Title, IReadOnlyList<PersonalDataReadEntry> Reads, IReadOnlyDictionary<string, string> Labels)
{
    public const string Partial = "_PersonalDataReads";
}

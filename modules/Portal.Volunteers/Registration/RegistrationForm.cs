using Microsoft.AspNetCore.Http;
using Portal.Volunteers.Models;

namespace Portal.Volunteers.Registration;

/// <summary>The registration form as posted; every field a string, so nothing fails before the checks give their messages.</summary>
internal sealed record RegistrationForm
{
    public string RealName { get; init; } = "";
    public string IdType { get; init; } = nameof(Models.IdType.ResidentCard);
    public string IdNumber { get; init; } = "";
    public string Mobile { get; init; } = "";
    public string Address { get; init; } = "";
    public string UnitId { get; init; } = "";
    public IReadOnlyList<string> Skills { get; init; } = [];
    public IReadOnlyList<string> Availability { get; init; } = [];
    public string EmergencyContactName { get; init; } = "";
    public string EmergencyContactPhone { get; init; } = "";
    public bool SensitiveConsent { get; init; }
    public string UserName { get; init; } = "";
    public string Password { get; init; } = "";
    public string ConfirmPassword { get; init; } = "";

    public static RegistrationForm Read(IFormCollection form) => new()
    {
        RealName = form["RealName"].ToString(),
        IdType = form["IdType"].ToString(),
        IdNumber = form["IdNumber"].ToString(),
        Mobile = form["Mobile"].ToString(),
        Address = form["Address"].ToString(),
        UnitId = form["UnitId"].ToString(),
        Skills = [.. form["Skills"].Select(s => s ?? "")],
        Availability = [.. form["Availability"].Select(s => s ?? "")],
        EmergencyContactName = form["EmergencyContactName"].ToString(),
        EmergencyContactPhone = form["EmergencyContactPhone"].ToString(),
        SensitiveConsent = form["SensitiveConsent"].Any(v => v is "true" or "on"),
        UserName = form["UserName"].ToString(),
        Password = form["Password"].ToString(),
        ConfirmPassword = form["ConfirmPassword"].ToString(),
    };

    /// <summary>The form to show again after a refusal: what was typed, but never the passwords.</summary>
    public RegistrationForm WithoutPasswords() => this with { Password = "", ConfirmPassword = "" };
}

/// <summary>The profile form: what a volunteer may change themselves. Empty contact fields leave the stored value as it is.</summary>
internal sealed record ProfileForm
{
    public string Mobile { get; init; } = "";
    public string Address { get; init; } = "";
    public bool ClearAddress { get; init; }
    public IReadOnlyList<string> Skills { get; init; } = [];
    public IReadOnlyList<string> Availability { get; init; } = [];
    public string EmergencyContactName { get; init; } = "";
    public string EmergencyContactPhone { get; init; } = "";
    public bool OnHonorRoll { get; init; }
    public string Version { get; init; } = "";

    public static ProfileForm Read(IFormCollection form) => new()
    {
        Mobile = form["Mobile"].ToString(),
        Address = form["Address"].ToString(),
        ClearAddress = form["ClearAddress"].Any(v => v is "true" or "on"),
        Skills = [.. form["Skills"].Select(s => s ?? "")],
        Availability = [.. form["Availability"].Select(s => s ?? "")],
        EmergencyContactName = form["EmergencyContactName"].ToString(),
        EmergencyContactPhone = form["EmergencyContactPhone"].ToString(),
        OnHonorRoll = form["OnHonorRoll"].Any(v => v is "true" or "on"),
        Version = form["Version"].ToString(),
    };
}

namespace Portal.Volunteers.Contracts;

/// <summary>Volunteers as other modules see them: no ID number, no phone, no address.</summary>
public interface IVolunteerDirectory
{
    Task<VolunteerInfo?> FindAsync(int volunteerId, CancellationToken cancellationToken = default);

    /// <summary>The volunteers with these ids, by id, in one query; ids with no volunteer are left out.</summary>
    Task<IReadOnlyDictionary<int, VolunteerInfo>> FindManyAsync(IEnumerable<int> volunteerIds, CancellationToken cancellationToken = default);

    /// <summary>The approved volunteer record of a signed-in user, if any.</summary>
    Task<VolunteerInfo?> FindByUserAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Approved volunteers (at most <paramref name="limit"/>, by number), e.g. for staff matching volunteers to an activity.</summary>
    Task<IReadOnlyList<VolunteerInfo>> ListApprovedAsync(int limit, CancellationToken cancellationToken = default);
}

/// <summary>
/// A volunteer without personal data: number, masked name, unit, skills, availability (bit <c>day * 3 + part</c>,
/// Monday = 0, morning/afternoon/evening = 0/1/2), birth date for age limits.
/// </summary>
public sealed record VolunteerInfo(
    int Id,
    string UserId,
    string Number,
    string MaskedName,
    int UnitId,
    IReadOnlyList<string> Skills,
    int Availability,
    DateOnly? BirthDate,
    bool Approved);

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Users;
using Portal.Core.Data;

namespace Portal.Core.Security;

internal sealed class UserDirectory(CoreDbContext db, ILookupNormalizer normalizer) : IUserDirectory
{
    public async Task<UserInfo?> FindByUserNameAsync(string userName, CancellationToken cancellationToken = default)
    {
        var normalized = normalizer.NormalizeName(userName.Trim());
        return await db.Users.AsNoTracking().Where(u => u.NormalizedUserName == normalized)
            .Select(u => new UserInfo(u.Id, u.UserName!, u.DisplayName)).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, UserInfo>> GetByIdsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var list = ids.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => list.Contains(u.Id))
            .Select(u => new UserInfo(u.Id, u.UserName!, u.DisplayName)).ToDictionaryAsync(u => u.Id, cancellationToken);
    }
}

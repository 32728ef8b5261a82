using Portal.Needs.Models;

namespace Portal.Needs.Services;

/// <summary>How long each step of a need may take (点单设置) and whether the step it is in has run past it.</summary>
internal static class NeedDeadlines
{
    /// <summary>The hours the step of <paramref name="status"/> may take; null for a need no one has to act on (rejected, done).</summary>
    public static int? HoursFor(NeedStatus status, NeedSettings lists) => status switch
    {
        NeedStatus.Submitted => lists.ReviewHours,
        NeedStatus.Approved => lists.DispatchHours,
        NeedStatus.Published or NeedStatus.Dispatched => lists.AcceptHours,
        NeedStatus.Accepted => lists.ServeHours,
        _ => null,
    };

    /// <summary>Whether the step a need is in has run past its deadline: strictly more than its hours since it entered the step.</summary>
    public static bool IsOverdue(Need need, NeedSettings lists, DateTime nowUtc)
        => HoursFor(need.Status, lists) is { } h && nowUtc - need.StatusSinceUtc > TimeSpan.FromHours(h);
}

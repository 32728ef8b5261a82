using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;
using Portal.Volunteers.Contracts;
using Portal.Volunteers.Data;
using Portal.Volunteers.Models;
using Portal.Volunteers.Tests.Teams;
using Portal.Volunteers.Training;

namespace Portal.Volunteers.Tests.Services;

/// <summary>
/// The batch lookups other modules use for pages about many volunteers: a fixed number of database commands however
/// many volunteers are asked about, and the same answers as one at a time.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class BatchLookupTests(PortalFactory factory)
{
    private static readonly DateOnly Day = new(2026, 6, 1);

    private async Task<List<int>> VolunteersAsync(int count)
    {
        var (_, station, _) = await factory.CreateInstituteAsync();
        var ids = new List<int>();
        for (var i = 0; i < count; i++)
            ids.Add((await factory.CreateVolunteerAsync(station)).Id);
        return ids;
    }

    [Fact]
    public async Task FindMany_ReadsEveryVolunteerInOneCommand_AsFindWould()
    {
        var ids = await VolunteersAsync(4);

        var (found, commands) = await CommandCounter.CountAsync(() =>
            factory.WithScopeAsync(sp => sp.GetRequiredService<IVolunteerDirectory>().FindManyAsync([.. ids, ids[0], -1])));

        Assert.Equal(1, commands);
        Assert.Equal(ids.Order(), found.Keys.Order());
        foreach (var id in ids)
            Assert.Equal(await factory.WithScopeAsync(sp => sp.GetRequiredService<IVolunteerDirectory>().FindAsync(id)), found[id],
                new VolunteerInfoComparer());
    }

    [Fact]
    public async Task CheckMany_AnswersEveryVolunteerInTwoCommands_AsCheckWould()
    {
        var ids = await VolunteersAsync(4);
        var course = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<VolunteersDbContext>();
            var c = new Course { Title = "急救基础" + Guid.NewGuid().ToString("N")[..4], Kind = "专业培训", Hours = 4, ValidityMonths = 12 };
            db.Courses.Add(c);
            await db.SaveChangesAsync();
            // Passed and valid; passed long ago, so expired; failed; none.
            foreach (var (volunteer, passed, on) in new[] { (ids[0], true, Day.AddMonths(-1)), (ids[1], true, Day.AddMonths(-13)), (ids[2], false, Day.AddDays(-3)) })
            {
                db.TrainingRecords.Add(new TrainingRecord
                {
                    VolunteerId = volunteer, CourseId = c.Id, Passed = passed, CompletedOn = on,
                    ExpiresOn = passed ? TrainingRule.ExpiryOf(on, 12) : null, RecordedBy = "test", RecordedUtc = DateTime.UtcNow,
                });
            }
            await db.SaveChangesAsync();
            return c.Id;
        });

        var (checks, commands) = await CommandCounter.CountAsync(() =>
            factory.WithScopeAsync(sp => sp.GetRequiredService<ITrainingRule>().CheckManyAsync(ids, [course], Day)));

        Assert.Equal(2, commands);
        Assert.Equal([true, false, false, false], ids.Select(id => checks[id].Allowed));
        Assert.NotEmpty(checks[ids[1]].Expired);
        foreach (var id in ids)
            Assert.Equal((await factory.WithScopeAsync(sp => sp.GetRequiredService<ITrainingRule>().CheckAsync(id, [course], Day))).Message, checks[id].Message);
    }

    private sealed class VolunteerInfoComparer : IEqualityComparer<VolunteerInfo?>
    {
        public bool Equals(VolunteerInfo? x, VolunteerInfo? y)
            => x is not null && y is not null && x with { Skills = [] } == y with { Skills = [] } && x.Skills.SequenceEqual(y.Skills);

        public int GetHashCode(VolunteerInfo? obj) => obj?.Id ?? 0;
    }
}

/// <summary>
/// Counts the SQL commands EF Core executes in the calling flow only (an AsyncLocal), so tests running at the same time
/// on the same site do not count.
/// </summary>
internal sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private const string CommandExecuting = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting";
    private static readonly AsyncLocal<int[]?> Current = new();
    private static readonly object Gate = new();
    private static bool _subscribed;

    public static async Task<(T Result, int Commands)> CountAsync<T>(Func<Task<T>> work)
    {
        lock (Gate)
        {
            if (!_subscribed)
            {
                DiagnosticListener.AllListeners.Subscribe(new CommandCounter());
                _subscribed = true;
            }
        }
        var count = new int[1];
        Current.Value = count;
        try
        {
            var result = await work();
            return (result, count[0]);
        }
        finally
        {
            Current.Value = null;
        }
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore")
            listener.Subscribe(this);
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == CommandExecuting && Current.Value is { } count)
            Interlocked.Increment(ref count[0]);
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}

using Portal.Abstractions.Modules;
using Portal.Volunteers.Contracts;
using Portal.Volunteers.Hours;

namespace Portal.Volunteers.Tests.Hours;

/// <summary>The ledger's contract while the Volunteers feature is off; no site needed.</summary>
public sealed class ServiceHoursLedgerTests
{
    private sealed class Off : IFeatureState
    {
        public bool IsEnabled(string featureId) => featureId != VolunteersFeature.Id;

        public bool IsEnabledFor(Type registeredType) => true;
    }

    [Fact]
    public async Task WhileVolunteersIsOff_NothingIsPosted_AndTheCallerIsTold()
    {
        // The ledger itself is never reached: it would throw on null.
        var ledger = new ServiceHoursLedger(null!, new Off());

        Assert.False(await ledger.PostAttendanceAsync(new AttendanceHours(1, "activity:1:volunteer:1", 2m, new DateOnly(2026, 6, 1), "义诊", 1)));
    }
}

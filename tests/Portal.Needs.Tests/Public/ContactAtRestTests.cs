using Portal.Testing;

namespace Portal.Needs.Tests.Public;

[Collection(SharedSite.Name)]
public sealed class ContactAtRestTests(PortalFactory site)
{
    [Fact]
    public async Task TheContactsPhoneAndName_AreNotStoredInPlainText()
    {
        var (station, _) = await site.CreateStationsAsync();
        var phone = NeedsTestData.NewMobile();
        var name = NeedsTestData.Unique("欧阳");
        using var resident = site.CreatePortalClient();
        var form = NeedsTestData.ValidForm(station.Code, NeedsTestData.Unique("明文扫描"), phone);
        form["ContactName"] = name;
        await resident.SubmitFormAsync("/needs/new", "form.need-form", form);
        var need = await site.ReadAsync(db => Task.FromResult(db.Needs.Single(n => n.Title == form["Title"])));

        var found = await PlaintextScan.FindAsync(site, "Needs_", need.Number, phone, name);

        Assert.Empty(found);
        Assert.Equal(phone[..3] + "****" + phone[^4..], need.PhoneMasked);
    }
}

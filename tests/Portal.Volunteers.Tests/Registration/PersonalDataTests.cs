using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Testing;
using Portal.Volunteers.Data;

namespace Portal.Volunteers.Tests.Registration;

public sealed class PersonalDataTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheDatabase_HoldsNoPlaintextOfTheIdNumberMobileOrAddress()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        var form = RegistrationTestData.ValidForm(station.Id).With("Address", "江苏省江阴市澄江街道秘密路17号3幢");
        var volunteer = await factory.RegisterVolunteerAsync(form);
        var secrets = new[] { form.Value("IdNumber"), form.Value("Mobile"), form.Value("Address"), "051086860000" };
        // The record is there, masked.
        Assert.Equal(form.Value("IdNumber")[..4], volunteer.IdNumberMasked[..4]);

        if (PortalFactory.IsPostgreSql)
        {
            var dump = await DumpVolunteerTablesAsync();
            Assert.Contains(volunteer.Number, dump);
            foreach (var secret in secrets)
                Assert.DoesNotContain(secret, dump);
        }
        else
        {
            // Every file of the site's data folder: the database, its write-ahead log, keys, indexes.
            var files = Directory.EnumerateFiles(factory.AppData, "*", SearchOption.AllDirectories).ToList();
            Assert.Contains(files, f => Path.GetFileName(f) == "portal.db");
            var found = false;
            foreach (var file in files)
            {
                var bytes = await ReadSharedAsync(file);
                found |= Contains(bytes, Encoding.UTF8.GetBytes(volunteer.Number));
                foreach (var secret in secrets)
                {
                    Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(secret)), $"{secret} in plain UTF-8 in {file}");
                    Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(secret)), $"{secret} in plain UTF-16 in {file}");
                }
            }
            Assert.True(found, "the scan found the volunteer number, so it read the data");
        }
    }

    [Fact]
    public async Task AFullRead_NeedsThePermission_AndIsAudited()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var station = await factory.CreateStationAsync(admin);
        using var staff = await factory.CreateStaffAsync(admin, station.Id);
        var form = RegistrationTestData.ValidForm(station.Id);
        var volunteer = await factory.RegisterVolunteerAsync(form);

        var staffPage = await staff.GetPageAsync($"/admin/volunteers/{volunteer.Id}");
        Assert.Null(staffPage.QuerySelector("form.personal-data-form"));
        var forged = await staff.PostWithTokenAsync($"/admin/volunteers/{volunteer.Id}", $"/admin/volunteers/{volunteer.Id}/personal-data");
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(0, await ReadsAsync(volunteer.Id));

        var adminPage = await admin.GetPageAsync($"/admin/volunteers/{volunteer.Id}");
        Assert.DoesNotContain(form.Value("IdNumber"), adminPage.Body!.InnerHtml);
        var full = await admin.SubmitAsync(adminPage.QuerySelector<IHtmlFormElement>("form.personal-data-form")!);

        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.True(full.Headers.CacheControl?.NoStore);
        var shown = await PortalClient.ParseAsync(full);
        Assert.Equal(form.Value("IdNumber"), shown.QuerySelector(".id-number")!.TextContent);
        Assert.Equal(form.Value("Mobile"), shown.QuerySelector(".mobile")!.TextContent);
        Assert.Equal(form.Value("Address"), shown.QuerySelector(".address")!.TextContent);
        Assert.Equal("051086860000", shown.QuerySelector(".emergency-phone")!.TextContent);
        Assert.Equal(1, await ReadsAsync(volunteer.Id));

        var after = await admin.GetPageAsync($"/admin/volunteers/{volunteer.Id}");
        Assert.Contains("admin", after.QuerySelector(".personal-data-reads tbody")!.TextContent);
    }

    [Fact]
    public async Task StaffWithThePermission_ReadOnlyTheirOwnUnitsVolunteers()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var stationA = await factory.CreateStationAsync(admin);
        var stationB = await factory.CreateStationAsync(admin);
        using var staffA = await factory.CreateStaffAsync(admin, stationA.Id, nameof(Permissions.ReadVolunteerPersonalData));
        var ofA = await factory.RegisterVolunteerAsync(RegistrationTestData.ValidForm(stationA.Id));
        var ofB = await factory.RegisterVolunteerAsync(RegistrationTestData.ValidForm(stationB.Id));

        var own = await staffA.PostWithTokenAsync($"/admin/volunteers/{ofA.Id}", $"/admin/volunteers/{ofA.Id}/personal-data");
        var other = await staffA.PostWithTokenAsync($"/admin/volunteers/{ofA.Id}", $"/admin/volunteers/{ofB.Id}/personal-data");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(1, await ReadsAsync(ofA.Id));
        Assert.Equal(0, await ReadsAsync(ofB.Id));
    }

    private Task<int> ReadsAsync(int volunteerId)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<VolunteersDbContext>().PersonalDataReads.CountAsync(r => r.VolunteerId == volunteerId));

    /// <summary>Every text column of every Volunteers_ table, as one string.</summary>
    private async Task<string> DumpVolunteerTablesAsync()
    {
        await using var connection = new NpgsqlConnection(factory.DatabaseSettings["ConnectionStrings:Portal"]);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var command = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name LIKE 'Volunteers\\_%' " +
            "AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')", connection))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                columns.Add((reader.GetString(0), reader.GetString(1)));
        Assert.NotEmpty(columns);

        var dump = new StringBuilder();
        foreach (var (table, column) in columns)
        {
            await using var command = new NpgsqlCommand($"SELECT \"{column}\"::text FROM \"{table}\"", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                dump.AppendLine(reader.IsDBNull(0) ? "" : reader.GetString(0));
        }
        return dump.ToString();
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        return memory.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Data;
using Portal.Abstractions.Security;
using Portal.Testing;

namespace Portal.Volunteers.Tests.Registration;

/// <summary>
/// The engine's audited full read (<see cref="IPersonalDataReads"/>) that every module uses, called directly: the
/// permission, the audit row in the caller's transaction, and the upgrade of a database whose modules kept their own
/// tables of reads (volunteers' personal data, needs' and resources' contacts).
/// </summary>
[DatabaseSensitive("the audit row in the caller's transaction, and migrations that move rows between tables")]
public sealed class PersonalDataReadsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Migration = "PersonalDataReads";

    private static readonly (string Context, string Table, string Column, string Kind, string Fields)[] OldTables =
    [
        ("VolunteersDbContext", "Volunteers_PersonalDataReads", "VolunteerId", "Volunteers.Volunteer", "IdNumber,Mobile,Address,EmergencyPhone"),
        ("NeedsDbContext", "Needs_ContactReads", "NeedId", "Needs.Need", "ContactName,Phone"),
        ("ResourcesDbContext", "Resources_ContactReads", "ResourceId", "Resources.Resource", "ContactName,ContactPhone"),
    ];

    [Fact]
    public async Task AReaderWithoutThePermission_IsShownNothing_AndNothingIsRecorded()
    {
        var id = NewId();
        var staff = Principal("staff-1", "站点工作人员", RoleNames.Staff);

        var shown = await factory.WithScopeAsync(async sp =>
            await sp.GetRequiredService<IPersonalDataReads>().ReadAsync(staff, Request(id, sp.GetRequiredService<IPersonalDataVault>().Protect("13812345678"))));

        Assert.Null(shown);
        Assert.Empty(await ReadsAsync(id));
    }

    [Fact]
    public async Task AFullRead_RevealsTheProtectedFields_AndRecordsWhoWhichFieldsAndWhen()
    {
        var id = NewId();
        var before = DateTime.UtcNow.AddSeconds(-1);

        var shown = await factory.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<IPersonalDataReads>().ReadAsync(Admin, Request(id, sp.GetRequiredService<IPersonalDataVault>().Protect("13812345678"))))!);

        Assert.Equal([("Phone", "13812345678", "phone"), ("Address", "", "address"), ("", "王家属", "contact")],
            shown.Fields.Select(f => (f.Name, f.Value, f.CssClass)));
        Assert.Equal("13812345678", shown["Phone"]);
        var read = Assert.Single(await ReadsAsync(id));
        Assert.Equal((Kind, id, "admin-1", "测试管理员"), (read.RecordKind, read.RecordId, read.ReaderUserId, read.ReaderName));
        Assert.Equal(["Phone", "Address"], read.Fields);
        Assert.InRange(DateTime.SpecifyKind(read.Utc, DateTimeKind.Utc), before, DateTime.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task TheAuditRow_IsPartOfTheCallersUnitOfWork_AndGoesWhenItRollsBack()
    {
        var id = NewId();

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithScopeAsync(sp =>
            sp.GetRequiredService<IUnitOfWork>().ExecuteAsync(async ct =>
            {
                var shown = await sp.GetRequiredService<IPersonalDataReads>().ReadAsync(Admin, Request(id, sp.GetRequiredService<IPersonalDataVault>().Protect("13812345678")), ct);
                Assert.NotNull(shown);
                throw new InvalidOperationException("the caller's work failed");
            })));

        Assert.Empty(await ReadsAsync(id));
    }

    [Fact]
    public async Task AValueThatCannotBeDecrypted_IsNotShown_AndNoReadIsRecorded()
    {
        var id = NewId();

        await Assert.ThrowsAnyAsync<Exception>(() => factory.WithScopeAsync(sp =>
            sp.GetRequiredService<IPersonalDataReads>().ReadAsync(Admin, Request(id, "pd1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))));

        Assert.Empty(await ReadsAsync(id));
    }

    [Fact]
    public async Task ReadsRecordedByAnOlderBuild_MoveIntoTheOneAuditTable_AndTheOldTablesGo()
    {
        var recordId = Random.Shared.Next(1_000_000, 2_000_000);
        var utc = new DateTime(2026, 11, 30, 8, 15, 0, DateTimeKind.Utc);

        // Back to the build before: each module's migration that moved its reads is undone, the old table is back.
        await EachContextAsync(async (context, old) =>
        {
            var migrations = context.Database.GetMigrations().ToList();
            var moved = migrations.FindIndex(m => m.EndsWith("_" + Migration, StringComparison.Ordinal));
            Assert.True(moved > 0, $"{old.Context}: no {Migration} migration");
            await context.GetService<IMigrator>().MigrateAsync(migrations[moved - 1]);
            var insert = $"INSERT INTO \"{old.Table}\" (\"{old.Column}\", \"ReaderUserId\", \"ReaderName\", \"Utc\") VALUES ({recordId}, 'old-user', '老管理员', "
                + "{0}), (" + recordId + ", 'old-user-2', '老站长', {1})";
            await context.Database.ExecuteSqlRawAsync(insert, utc, utc.AddMinutes(5));
        });

        // The current build starts: the migrations run again.
        await EachContextAsync((context, _) => context.Database.MigrateAsync());

        foreach (var old in OldTables)
        {
            var reads = await factory.WithScopeAsync(sp => sp.GetRequiredService<IPersonalDataReads>().ListAsync(old.Kind, recordId.ToString()));
            Assert.Equal(["老站长", "老管理员"], reads.Select(r => r.ReaderName));
            Assert.Equal(["old-user-2", "old-user"], reads.Select(r => r.ReaderUserId));
            Assert.Equal([utc.AddMinutes(5), utc], reads.Select(r => DateTime.SpecifyKind(r.Utc, DateTimeKind.Utc)));
            Assert.All(reads, r => Assert.Equal(old.Fields, string.Join(',', r.Fields)));
        }
        await EachContextAsync(async (context, old) =>
        {
            var left = await context.Database.SqlQueryRaw<string>(
                !PortalFactory.IsPostgreSql
                    ? $"""SELECT "name" AS "Value" FROM sqlite_master WHERE "type" = 'table' AND "name" = '{old.Table}'"""
                    : $"""SELECT "table_name"::text AS "Value" FROM information_schema.tables WHERE "table_name" = '{old.Table}'""").ToListAsync();
            Assert.Empty(left);
        });
    }

    private const string Kind = "Tests.Record";

    private static readonly ClaimsPrincipal Admin = Principal("admin-1", "测试管理员", RoleNames.Administrator);

    private static string NewId() => Guid.NewGuid().ToString("N");

    private static ClaimsPrincipal Principal(string id, string name, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "Test"));

    private static PersonalDataRequest Request(string id, string protectedPhone) => new(Kind, id, Permissions.ReadVolunteerPersonalData,
    [
        PersonalDataField.Protected("Phone", "手机", "phone", protectedPhone),
        PersonalDataField.Protected("Address", "住址", "address", ""),
        PersonalDataField.Plain("紧急联系人", "contact", "王家属"),
    ]);

    private Task<IReadOnlyList<PersonalDataReadEntry>> ReadsAsync(string id)
        => factory.WithScopeAsync(sp => sp.GetRequiredService<IPersonalDataReads>().ListAsync(Kind, id));

    private Task EachContextAsync(Func<DbContext, (string Context, string Table, string Column, string Kind, string Fields), Task> work)
        => factory.WithScopeAsync(async sp =>
        {
            var provider = sp.GetRequiredService<IDbSession>().Provider;
            foreach (var old in OldTables)
            {
                var registration = sp.GetServices<ModuleDbContextRegistration>().Single(r => r.ContextType.Name == old.Context);
                await work((DbContext)sp.GetRequiredService(registration.For(provider)), old);
            }
        });
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Data;
using Portal.Abstractions.Security;
using Portal.Testing;

namespace Portal.Volunteers.Tests.Registration;

/// <summary>
/// A database made before the engine kept the one audit table: each module's own table of reads (volunteers' personal
/// data, needs' and resources' contacts) moves into Core_PersonalDataReads and is dropped, losing no row.
/// </summary>
public sealed class PersonalDataUpgradeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Migration = "PersonalDataReads";

    private static readonly (string Context, string Table, string Column, string Kind, string Fields)[] OldTables =
    [
        ("VolunteersDbContext", "Volunteers_PersonalDataReads", "VolunteerId", "Volunteers.Volunteer", "IdNumber,Mobile,Address,EmergencyPhone"),
        ("NeedsDbContext", "Needs_ContactReads", "NeedId", "Needs.Need", "ContactName,Phone"),
        ("ResourcesDbContext", "Resources_ContactReads", "ResourceId", "Resources.Resource", "ContactName,ContactPhone"),
    ];

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

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Display;
using Portal.Organization.Contracts;
using Portal.Organization.Display;

namespace Portal.Organization.Endpoints;

/// <summary>Public pages of the practice positions (实践阵地): the whole tree and one unit.</summary>
internal static class PublicUnitsEndpoints
{
    public static void MapPublicUnitsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/units");

        group.MapGet("", async (IUnitDirectory directory, CancellationToken ct) =>
                Pages.Render("Units", UnitsOverview.From(await directory.GetTreeAsync(ct)), "实践阵地"))
            .WithName(OrganizationRoutes.PublicUnits);

        group.MapGet("/{code}", async Task<Results<PageResult, NotFound>> (string code, IUnitDirectory directory, CancellationToken ct) =>
            {
                var unit = await directory.FindByCodeAsync(code, ct);
                if (unit is null)
                    return TypedResults.NotFound();
                return Pages.Render("Unit", UnitDetail.From(unit, await directory.GetTreeAsync(ct)), unit.Name);
            })
            .WithName(OrganizationRoutes.PublicUnit);
    }
}

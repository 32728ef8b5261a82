namespace Portal.Volunteers.Points;

/// <summary>Route names and addresses of the points area.</summary>
internal static class PointsRoutes
{
    public const string Catalogue = "Volunteers.Supermarket";
    public const string Admin = "Volunteers.SupermarketAdmin";

    public const string CataloguePath = "/volunteers/supermarket";
    public const string RedeemPath = "/volunteers/supermarket/redeem";
}

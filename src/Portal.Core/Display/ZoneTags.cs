using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;

namespace Portal.Core.Display;

/// <summary>
/// <c>{% zone "Aside" %}...{% endzone %}</c> adds to a zone; <c>{% render_zone "Aside" %}</c> writes it.
/// Zones live for one page render, shared by the page's templates and the layout.
/// </summary>
internal static class ZoneTags
{
    private const string Key = "Zones";

    public static Dictionary<string, List<string>> Zones(TemplateContext context)
    {
        if (!context.AmbientValues.TryGetValue(Key, out var zones))
            context.AmbientValues[Key] = zones = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        return (Dictionary<string, List<string>>)zones;
    }

    public static void Add(TemplateContext context, string zone, string html)
    {
        var zones = Zones(context);
        if (!zones.TryGetValue(zone, out var items))
            zones[zone] = items = [];
        items.Add(html);
    }

    public static void Register(FluidParser parser)
    {
        parser.RegisterExpressionTag("render_zone", async (expression, writer, _, context) =>
        {
            var name = (await expression.EvaluateAsync(context)).ToStringValue();
            if (Zones(context).TryGetValue(name, out var items))
                foreach (var html in items)
                    await writer.WriteAsync(html);
            return Completion.Normal;
        });

        parser.RegisterExpressionBlock("zone", async (expression, statements, _, encoder, context) =>
        {
            var name = (await expression.EvaluateAsync(context)).ToStringValue();
            using var captured = new StringWriter();
            foreach (var statement in statements)
                await statement.WriteToAsync(captured, encoder, context);
            Add(context, name, captured.ToString());
            return Completion.Normal;
        });
    }
}

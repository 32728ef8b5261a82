using Portal.Abstractions.Contents;

namespace Portal.Contents.ViewModels;

internal sealed record ContentTypePage(ContentTypeForm Form, IReadOnlyList<ContentPartDescriptor> Parts, bool IsNew);

/// <summary>A content type as the admin form posts it; fields come as rows, an empty row adds none.</summary>
internal sealed class ContentTypeForm
{
    public string? Name { get; set; }

    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public string? RoutePrefix { get; set; }

    public bool Creatable { get; set; } = true;

    public bool Listable { get; set; } = true;

    public List<string> Parts { get; set; } = [nameof(TitlePart), nameof(AutoroutePart)];

    public List<FieldRow> Fields { get; set; } = [];

    public static ContentTypeForm From(ContentTypeDefinition type) => new()
    {
        Name = type.Name,
        DisplayName = type.DisplayName,
        Description = type.Description,
        RoutePrefix = type.RoutePrefix,
        Creatable = type.Creatable,
        Listable = type.Listable,
        Parts = type.Parts.Select(p => p.Name).ToList(),
        Fields = type.Fields.Select(f => new FieldRow
        {
            Name = f.Name, DisplayName = f.DisplayName, Kind = f.Kind, Required = f.Required, Hint = f.Hint,
            PickTypes = string.Join(",", f.PickTypes),
        }).ToList(),
    };

    public ContentTypeDefinition ToDefinition() => new()
    {
        Name = Name?.Trim() ?? "",
        DisplayName = DisplayName?.Trim() ?? "",
        Description = Description?.Trim() ?? "",
        RoutePrefix = RoutePrefix?.Trim() ?? "",
        Creatable = Creatable,
        Listable = Listable,
        Parts = Parts.Distinct().Select(p => new ContentTypePart { Name = p }).ToList(),
        Fields = Fields.Where(f => !string.IsNullOrWhiteSpace(f.Name)).Select(f => new ContentField
        {
            Name = f.Name!.Trim(),
            DisplayName = f.DisplayName?.Trim() ?? "",
            Kind = f.Kind,
            Required = f.Required,
            Hint = f.Hint?.Trim() ?? "",
            PickTypes = (f.PickTypes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        }).ToList(),
    };

    internal sealed class FieldRow
    {
        public string? Name { get; set; }
        public string? DisplayName { get; set; }
        public ContentFieldKind Kind { get; set; }
        public bool Required { get; set; }
        public string? Hint { get; set; }
        public string? PickTypes { get; set; }
    }
}

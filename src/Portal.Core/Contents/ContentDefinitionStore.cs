using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Contents;
using Portal.Core.Data;

namespace Portal.Core.Contents;

internal sealed partial class ContentDefinitionStore(CoreDbContext db, ContentPartCatalog parts) : IContentDefinitionStore
{
    public async Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(CancellationToken cancellationToken = default)
        => (await db.ContentTypes.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken)).Select(Read).ToList();

    public async Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default)
        => await db.ContentTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Name == name, cancellationToken) is { } record ? Read(record) : null;

    public async Task<IReadOnlyList<ContentError>> SaveTypeAsync(ContentTypeDefinition type, CancellationToken cancellationToken = default)
    {
        var errors = Check(type);
        if (errors.Count > 0)
            return errors;

        var data = JsonSerializer.Serialize(type, ContentJson.Options);
        var record = await db.ContentTypes.FirstOrDefaultAsync(t => t.Name == type.Name, cancellationToken);
        if (record is null)
            db.ContentTypes.Add(new ContentTypeRecord { Name = type.Name, Data = data, Version = 1 });
        else if (record.Data != data)
        {
            record.Data = data;
            record.Version++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task<ContentError?> DeleteTypeAsync(string name, CancellationToken cancellationToken = default)
    {
        var count = await db.ContentItems.CountAsync(i => i.ContentType == name, cancellationToken);
        if (count > 0)
            return new ContentError("", $"类型 {name} 还有 {count} 个内容项（含回收站），不能删除。");
        await db.ContentTypes.Where(t => t.Name == name).ExecuteDeleteAsync(cancellationToken);
        return null;
    }

    private List<ContentError> Check(ContentTypeDefinition type)
    {
        var errors = new List<ContentError>();
        if (!TechnicalName().IsMatch(type.Name))
            errors.Add(new("Name", "类型名称须以英文字母开头，只含英文字母和数字，最多 64 个字符。"));
        if (string.IsNullOrWhiteSpace(type.DisplayName) || type.DisplayName.Length > 64)
            errors.Add(new("DisplayName", "请填写显示名称（最多 64 个字）。"));
        if (type.RoutePrefix.Length > 0 && !RoutePrefix().IsMatch(type.RoutePrefix))
            errors.Add(new("RoutePrefix", "网址前缀只能含小写英文字母、数字和连字符，例如 news。"));
        foreach (var part in type.Parts)
            if (parts.Find(part.Name) is null)
                errors.Add(new("Parts", $"没有名为 {part.Name} 的部件（或其功能未启用）。"));
        if (type.Parts.GroupBy(p => p.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
            errors.Add(new("Parts", $"部件 {twice.Key} 重复。"));
        foreach (var field in type.Fields)
        {
            if (!TechnicalName().IsMatch(field.Name))
                errors.Add(new("Fields", $"字段名称 “{field.Name}” 须以英文字母开头，只含英文字母和数字。"));
            if (string.IsNullOrWhiteSpace(field.DisplayName))
                errors.Add(new("Fields", $"字段 {field.Name} 缺少显示名称。"));
            if (!Enum.IsDefined(field.Kind))
                errors.Add(new("Fields", $"字段 {field.Name} 的类型不正确。"));
        }
        if (type.Fields.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1) is { } dup)
            errors.Add(new("Fields", $"字段 {dup.Key} 重复。"));
        return errors;
    }

    private static ContentTypeDefinition Read(ContentTypeRecord record)
        => JsonSerializer.Deserialize<ContentTypeDefinition>(record.Data, ContentJson.Options)!;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,63}$")]
    private static partial Regex TechnicalName();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex RoutePrefix();
}

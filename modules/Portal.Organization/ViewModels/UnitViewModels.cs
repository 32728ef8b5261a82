using System.ComponentModel.DataAnnotations;
using Portal.Organization.Contracts;
using Portal.Organization.Services;

namespace Portal.Organization.ViewModels;

internal sealed class UnitForm
{
    public int? Id { get; set; }

    [Display(Name = "单位代码")]
    public string? Code { get; set; }

    [Display(Name = "单位名称")]
    public string? Name { get; set; }

    [Display(Name = "类型")]
    public UnitKind Kind { get; set; } = UnitKind.Station;

    [Display(Name = "上级单位")]
    public int? ParentId { get; set; }

    [Display(Name = "地址")]
    public string? Address { get; set; }

    [Display(Name = "联系人")]
    public string? ContactName { get; set; }

    [Display(Name = "联系电话")]
    public string? ContactPhone { get; set; }

    [Display(Name = "排序")]
    public int SortOrder { get; set; }

    /// <summary>The version the form was loaded at; a newer saved version refuses this edit.</summary>
    public int Version { get; set; }

    public UnitInput ToInput() => new(Code, Name, Kind, ParentId, Address, ContactName, ContactPhone, SortOrder);
}

internal sealed record UnitEditPage(UnitForm Form, IReadOnlyList<UnitInfo> Parents);

internal sealed record UnitTreeNode(UnitInfo Unit, int Depth);

internal sealed record UnitIndexPage(IReadOnlyList<UnitTreeNode> Nodes, bool CanCreateCenter, bool CanAssignStaff);

internal sealed record StaffPage(UnitInfo Unit, IReadOnlyList<StaffMember> Staff);

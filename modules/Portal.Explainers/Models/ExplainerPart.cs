using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Portal.Abstractions.Contents;

namespace Portal.Explainers.Models;

/// <summary>An explainer (政策解读): the policy it explains, a summary, its form and its questions and answers.</summary>
internal sealed class ExplainerPart : ContentPart, IHasPublicText
{
    /// <summary>The content item id of the <c>Policy</c> explained.</summary>
    [Display(Name = "解读的政策")]
    public string PolicyId { get; set; } = "";

    [Display(Name = "摘要")]
    public string Summary { get; set; } = "";

    [Display(Name = "解读形式")]
    public ExplainerForm Form { get; set; } = ExplainerForm.Text;

    [Display(Name = "图解图片")]
    public string GraphicUrl { get; set; } = "";

    [Display(Name = "图片说明")]
    public string GraphicAlt { get; set; } = "";

    [Display(Name = "视频链接")]
    public string VideoUrl { get; set; } = "";

    [Display(Name = "问答")]
    public List<QuestionAnswer> Questions { get; set; } = [];

    /// <summary>The form's Chinese name, for templates.</summary>
    [JsonIgnore]
    public string FormName => Form.ToChinese();

    public IEnumerable<string> PublicText()
        => [Summary, GraphicAlt, .. Questions.SelectMany(q => new[] { q.Question, q.Answer })];
}

internal sealed class QuestionAnswer
{
    [Display(Name = "问题")]
    public string Question { get; set; } = "";

    [RichText]
    [Display(Name = "回答")]
    public string Answer { get; set; } = "";
}

internal enum ExplainerForm
{
    /// <summary>文字解读.</summary>
    Text,

    /// <summary>图解: one graphic carries the explanation.</summary>
    Graphic,

    /// <summary>视频解读: a link to the video.</summary>
    Video,
}

internal static class ExplainerFormNames
{
    public static string ToChinese(this ExplainerForm form) => form switch
    {
        ExplainerForm.Graphic => "图解",
        ExplainerForm.Video => "视频",
        _ => "文字",
    };
}

using Portal.Abstractions.Settings;

namespace Portal.Core.Tests.Settings;

public sealed class ListSettingTests
{
    private static readonly ListSettingRules Skills = new("技能", "项", MaxCount: 3, MaxLength: 6);

    [Fact]
    public void Lines_AreTrimmed_AndBlankLinesDropped()
    {
        var result = ListSetting.Parse("  理论宣讲 \r\n\n\t\n应急救护\r\n  ", Skills);

        Assert.True(result.Valid);
        Assert.Equal(["理论宣讲", "应急救护"], result.Items);
        Assert.Empty(result.Duplicates);
    }

    [Fact]
    public void ARepeatedItem_IsKeptOnceWhereItFirstStood_AndReported()
    {
        var result = ListSetting.Parse("应急救护\n理论宣讲\n 应急救护\n应急救护", Skills);

        Assert.True(result.Valid);
        Assert.Equal(["应急救护", "理论宣讲"], result.Items);
        Assert.Equal(["应急救护"], result.Duplicates);
        Assert.Equal("重复的技能 “应急救护” 只保留了第一项。", result.DuplicatesNote(Skills));
    }

    [Fact]
    public void RepeatsDoNotCountTowardsTheMostItems()
    {
        Assert.True(ListSetting.Parse("甲\n乙\n丙\n甲\n乙", Skills).Valid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n \r\n")]
    public void ARequiredListLeftEmpty_IsRefused(string? text)
    {
        Assert.Equal("请至少填写一项技能，每行一项。", ListSetting.Parse(text, Skills).Error);
    }

    [Fact]
    public void AnOptionalList_MayBeEmpty()
    {
        var result = ListSetting.Parse(" \n", new ListSettingRules("其他类别", Required: false));

        Assert.True(result.Valid);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void TooManyItems_AreRefusedWithTheCount()
    {
        Assert.Equal("技能最多 3 项，现在有 4 项。", ListSetting.Parse("甲\n乙\n丙\n丁", Skills).Error);
    }

    [Fact]
    public void ATooLongItem_IsNamedInTheMessage()
    {
        Assert.Equal("技能 “心肺复苏与急…” 太长：每项不超过 6 个字。", ListSetting.Parse("理论宣讲\n心肺复苏与急救培训", Skills).Error);
    }

    [Fact]
    public void WithoutLimits_AnyNumberOfItemsOfAnyLengthIsTaken()
    {
        var text = string.Join("\n", Enumerable.Range(0, 500).Select(i => new string('字', 100) + i));

        Assert.Equal(500, ListSetting.Parse(text, new ListSettingRules("类别")).Items.Count);
    }

    [Fact]
    public void Lines_GivesTheNumberOfEachNonBlankLine()
    {
        Assert.Equal([(1, "义工, 志愿者"), (3, "社区, 小区")], ListSetting.Lines(" 义工, 志愿者 \n\n社区, 小区\n"));
    }

    [Fact]
    public void ToText_WritesOneItemALine_AndParsesBackToTheSameList()
    {
        var text = ListSetting.ToText(["甲", "乙"]);

        Assert.Equal("甲\n乙", text);
        Assert.Equal(["甲", "乙"], ListSetting.Parse(text, Skills).Items);
    }
}

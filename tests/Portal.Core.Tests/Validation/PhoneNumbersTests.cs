using Portal.Abstractions.Validation;

namespace Portal.Core.Tests.Validation;

public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData(" 138 1234 5678 ", "13812345678")]
    [InlineData("138-1234-5678", "13812345678")]
    [InlineData("+86 138 1234 5678", "13812345678")]
    [InlineData("+8613812345678", "13812345678")]
    [InlineData("8613812345678", "13812345678")]
    [InlineData("0086-13812345678", "13812345678")]
    [InlineData("１３８１２３４５６７８", "13812345678")]
    [InlineData("19912345678", "19912345678")]
    public void AMobile_IsStoredAsItsElevenDigits_HoweverItIsWritten(string input, string normalised)
    {
        var check = PhoneNumbers.Check(input, PhoneKinds.Mobile);

        Assert.True(check.Valid, check.Error);
        Assert.Equal((normalised, PhoneKinds.Mobile), (check.Number, check.Kind));
    }

    [Theory]
    [InlineData("12812345678")]
    [InlineData("1381234567")]
    [InlineData("138123456789")]
    [InlineData("23812345678")]
    [InlineData("+85213812345678")]
    [InlineData("手机13812345678")]
    public void NotAMobile_IsRefusedWithTheMobileMessage(string input)
    {
        var check = PhoneNumbers.Check(input, PhoneKinds.Mobile, "手机号码");

        Assert.False(check.Valid);
        Assert.False(check.Empty);
        Assert.Equal("手机号码应为 1 开头的 11 位数字（前面可加 +86），请检查后重新填写。", check.Error);
    }

    [Theory]
    [InlineData("0510-86860000", "0510-86860000")]
    [InlineData("051086860000", "0510-86860000")]
    [InlineData("0510 8686 0000", "0510-86860000")]
    [InlineData("(0510)86860000", "0510-86860000")]
    [InlineData("（0510）86860000", "0510-86860000")]
    [InlineData("010-62345678", "010-62345678")]
    [InlineData("0510-12345678", "0510-12345678")]
    [InlineData("02162345678", "021-62345678")]
    [InlineData("0523-8686000", "0523-8686000")]
    [InlineData("0510-86860000-801", "0510-86860000-801")]
    [InlineData("0510-86860000转801", "0510-86860000-801")]
    [InlineData("0510 86860000 ext 801", "0510-86860000-801")]
    [InlineData("0510-86860000#801", "0510-86860000-801")]
    [InlineData("+86 510 86860000", "0510-86860000")]
    [InlineData("+86-21-62345678", "021-62345678")]
    public void ALandline_HasItsAreaCode_AndIsStoredWithADash(string input, string normalised)
    {
        var check = PhoneNumbers.Check(input);

        Assert.True(check.Valid, check.Error);
        Assert.Equal((normalised, PhoneKinds.Landline), (check.Number, check.Kind));
    }

    [Theory]
    [InlineData("86860000")]
    [InlineData("0510-868600")]
    [InlineData("0510-868600001")]
    [InlineData("0510-06860000")]
    [InlineData("00510-86860000")]
    [InlineData("0510-86860000-8012345")]
    [InlineData("0510-86860000转")]
    [InlineData("12345")]
    [InlineData("电话号码")]
    public void NeitherAMobileNorALandline_IsRefusedWithOneMessageNamingTheField(string input)
    {
        var check = PhoneNumbers.Check(input, PhoneKinds.Any, "紧急联系人电话");

        Assert.False(check.Valid);
        Assert.Equal("紧急联系人电话应为 11 位手机号码，或带区号的固定电话（如 0510-86860000，有分机时写在最后：0510-86860000-801）。", check.Error);
    }

    [Fact]
    public void AMobileOnlyField_RefusesALandline()
    {
        Assert.True(PhoneNumbers.Check("0510-86860000").Valid);
        Assert.False(PhoneNumbers.Check("0510-86860000", PhoneKinds.Mobile).Valid);
        Assert.False(PhoneNumbers.IsMobile("0510-86860000"));
    }

    [Fact]
    public void ALandlineOnlyField_RefusesAMobile()
    {
        Assert.False(PhoneNumbers.Check("13812345678", PhoneKinds.Landline).Valid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AnEmptyInput_IsNeitherValidNorAnError_TheCallerSaysWhetherItIsRequired(string? input)
    {
        var check = PhoneNumbers.Check(input);

        Assert.True(check.Empty);
        Assert.False(check.Valid);
        Assert.Null(check.Error);
    }

    [Fact]
    public void Normalize_GivesTheStoredForm_OrTheTrimmedInputWhenItIsNoNumber()
    {
        Assert.Equal("13812345678", PhoneNumbers.Normalize("+86 138-1234-5678", PhoneKinds.Mobile));
        Assert.Equal("0510-86860000", PhoneNumbers.Normalize(" 051086860000 "));
        Assert.Equal("abc", PhoneNumbers.Normalize(" abc "));
        Assert.Equal("", PhoneNumbers.Normalize(null));
    }

    [Fact]
    public void AVeryLongInput_IsRefused_NotScanned()
    {
        Assert.NotNull(PhoneNumbers.Check(new string('1', 10_000)).Error);
    }
}

using Portal.Abstractions.Security;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Tests.Registration;

public sealed class IdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Theory]
    [InlineData("11010519491231002X", "1949-12-31", "Female")]
    [InlineData("110105194912310029", null, null)]
    [InlineData("320202199001011238", "1990-01-01", "Male")]
    public void ResidentCard_IsCheckedByItsCheckDigit(string number, string? birth, string? gender)
    {
        var check = IdNumbers.Check(IdType.ResidentCard, number, Today);

        Assert.Equal(birth is not null, check.Valid);
        if (birth is not null)
        {
            Assert.Equal(DateOnly.Parse(birth), check.BirthDate);
            Assert.Equal(gender, check.Gender.ToString());
        }
        else
        {
            Assert.Equal("居民身份证号码的校验位不正确，请核对后重新填写。", check.Error);
        }
    }

    [Theory]
    [InlineData("110105194902300021", "出生日期 19490230 不是有效日期")]
    [InlineData("110105203001010023", "出生日期 20300101 不是有效日期")]
    [InlineData("11010519491231002", "应为 18 位")]
    [InlineData("1101051949123100ZX", "应为 18 位")]
    [InlineData("440524188001010014", "出生日期 18800101 不是有效日期")]
    [InlineData("", "请填写证件号码")]
    public void ResidentCard_WithAnImpossibleDateOrShape_IsRefusedWithTheReason(string number, string message)
    {
        Assert.Contains(message, IdNumbers.Check(IdType.ResidentCard, number, Today).Error);
    }

    [Fact]
    public void ResidentCard_IsNormalizedBeforeItIsHashed()
    {
        Assert.Equal("11010519491231002X", IdNumbers.Check(IdType.ResidentCard, " 11010519491231002x ", Today).Number);
    }

    [Theory]
    [InlineData(nameof(IdType.HongKongMacaoPermit), "H12345678", true)]
    [InlineData(nameof(IdType.HongKongMacaoPermit), "X12345678", false)]
    [InlineData(nameof(IdType.TaiwanPermit), "12345678", true)]
    [InlineData(nameof(IdType.TaiwanPermit), "1234", false)]
    [InlineData(nameof(IdType.Passport), "E12345678", true)]
    [InlineData(nameof(IdType.Passport), "E1-2345", false)]
    public void OtherDocuments_AreCheckedByTheirPattern(string type, string number, bool valid)
    {
        Assert.Equal(valid, IdNumbers.Check(Enum.Parse<IdType>(type), number, Today).Valid);
    }

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("12812345678", false)]
    [InlineData("1381234567", false)]
    [InlineData("0510-86860000", false)]
    public void MobileNumbers_AreMainlandMobiles(string number, bool valid)
    {
        Assert.Equal(valid, Portal.Abstractions.Validation.PhoneNumbers.IsMobile(number));
    }

    [Fact]
    public void PersonalData_IsMaskedAsTheIssueShows()
    {
        Assert.Equal("3202**********1234", PersonalDataMask.IdNumber("320202199001011234"));
        Assert.Equal("138****5678", PersonalDataMask.Phone("13812345678"));
        Assert.Equal("张*", PersonalDataMask.Name("张三"));
        Assert.Equal("欧**瑗", PersonalDataMask.Name("欧阳晞瑗"));
        Assert.Equal("江苏省江阴市****", PersonalDataMask.Address("江苏省江阴市澄江街道人民中路1号"));
    }
}

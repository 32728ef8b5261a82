using Portal.Abstractions.Display;

namespace Portal.Activities.Services;

/// <summary>An activity's age limits (MinAge / MaxAge), counted in whole years on the day the activity starts in China.</summary>
internal static class AgeLimit
{
    /// <summary>The activity's day in China (UTC+8), on which age and training are counted.</summary>
    public static DateOnly DayOf(DateTime startsUtc) => DateOnly.FromDateTime(ChinaTime.FromUtc(startsUtc).DateTime);

    /// <summary>Whole years on <paramref name="day"/>; one born on 29 February has their birthday on 1 March in other years.</summary>
    public static int AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        return (day.Month, day.Day).CompareTo((birth.Month, birth.Day)) < 0 ? age - 1 : age;
    }

    /// <summary>Why a volunteer born on <paramref name="birthDate"/> is too young or too old on <paramref name="day"/>, or null.</summary>
    public static string? Check(DateOnly? birthDate, DateOnly day, int? min, int? max)
    {
        if (min is null && max is null)
            return null;
        if (birthDate is not { } birth)
            return "该活动有年龄要求，您的志愿者登记中没有出生日期，请联系工作人员。";
        var age = AgeOn(birth, day);
        if (min is { } least && age < least)
            return $"该活动要求年满 {least} 周岁，活动当天您 {age} 周岁。";
        if (max is { } most && age > most)
            return $"该活动要求不超过 {most} 周岁，活动当天您 {age} 周岁。";
        return null;
    }
}

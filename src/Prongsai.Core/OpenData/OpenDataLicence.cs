namespace Prongsai.Core.OpenData;

/// <summary>The licence every published dataset carries: Creative Commons Attribution 4.0 International.</summary>
public static class OpenDataLicence
{
    public const string Url = "https://creativecommons.org/licenses/by/4.0/";
    public const string Name = "CC BY 4.0";
    public const string ThaiName = "ครีเอทีฟคอมมอนส์ แสดงที่มา 4.0 (CC BY 4.0)";
}

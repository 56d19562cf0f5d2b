using System.Globalization;
using System.Text;
using SoKetBot.Load.Channels;

namespace SoKetBot.Load.Organisation;

/// <summary>
/// The organisation an administrator imports, as the two CSV files of the README's "CSV import": provinces, their districts,
/// their communes; one reporter per commune (the officials who review) and one approver per district and province.
/// </summary>
internal sealed record Country(string UnitsFile, string OfficialsFile, IReadOnlyList<Official> Reporters, int Units, int Officials)
{
    /// <summary>The access code every official of the benchmark signs in with (each is hashed with its own salt all the same).</summary>
    public const string AccessCode = "ma-truy-cap-2020";

    public static Country Write(string folder, int provinces, int districts, int communes)
    {
        Directory.CreateDirectory(folder);
        var units = new StringBuilder("code,name,kind,level,parent\n");
        var officials = new StringBuilder("account,full_name,title,unit,roles,access_code\n");
        var reporters = new List<Official>(communes);
        for (var p = 0; p < provinces; p++)
        {
            units.Append(CultureInfo.InvariantCulture, $"T{p:D2},Tỉnh Thử {p},tinh,province,\n");
            officials.Append(CultureInfo.InvariantCulture, $"tinh{p:D2},Lãnh đạo tỉnh {p},Phó Giám đốc Công an tỉnh,T{p:D2},approver,{AccessCode}\n");
        }

        for (var d = 0; d < districts; d++)
        {
            units.Append(CultureInfo.InvariantCulture, $"H{d:D3},Huyện Thử {d},huyen,district,T{d % provinces:D2}\n");
            officials.Append(CultureInfo.InvariantCulture, $"huyen{d:D3},Lãnh đạo huyện {d},Phó Trưởng Công an huyện,H{d:D3},approver,{AccessCode}\n");
        }

        for (var c = 0; c < communes; c++)
        {
            units.Append(CultureInfo.InvariantCulture, $"X{c:D5},Xã Thử {c},xa,commune,H{c % districts:D3}\n");
            officials.Append(CultureInfo.InvariantCulture, $"xa{c:D5},Cán bộ xã {c},Phó Trưởng Công an xã,X{c:D5},reporter,{AccessCode}\n");
            reporters.Add(new Official($"xa{c:D5}", AccessCode));
        }

        var unitsFile = Path.Combine(folder, "units.csv");
        var officialsFile = Path.Combine(folder, "officials.csv");
        File.WriteAllText(unitsFile, units.ToString(), new UTF8Encoding(false));
        File.WriteAllText(officialsFile, officials.ToString(), new UTF8Encoding(false));
        return new Country(unitsFile, officialsFile, reporters, provinces + districts + communes, provinces + districts + communes);
    }
}

using System.Text;
using SoKetBot.Dialogs.Parsing;
using SoKetBot.Dialogs.Reviews;
using static SoKetBot.Tests.Dialogs.Parsing.Expect;

namespace SoKetBot.Tests.Dialogs.Parsing;

/// <summary>
/// Every message in the table, at the question it is typed at (a question of Plan 248, or a command before any question
/// reads it), and what it must become: the value, an estimate, a comment, a skip, a question back, or the reason it is refused.
/// </summary>
public sealed class PhoneInputTableTests
{
    private const string YesNoQ = "ld-dua-vao-nghi-quyet";
    private const string KienToan = "tm-kien-toan-bcd";
    private const string DaChon = "kt-bao-cao-dien-hinh";
    private const string Buoi = "tt-so-buoi";
    private const string LuotNguoi = "tt-luot-nguoi";
    private const string TinBai = "tt-tin-bai";
    private const string Percent = "nh-ty-le-khu-dan-cu";
    private const string VanBan = "ld-van-ban-chi-dao";
    private const string NgaySoKet = "ld-ngay-so-ket";
    private const string HinhThuc = "ld-hinh-thuc-so-ket";
    private const string LucLuong = "phoi-hop-luc-luong";
    private const string MucDo = "phoi-hop-muc-do";
    private const string NoiDungTm = "tm-noi-dung";
    private const string HinhThucTt = "tt-hinh-thuc";
    private const string NgayHoi = "nh-noi-dung";
    private const string XepLoai = "dg-xep-loai";
    private const string LinhVuc = "kn-linh-vuc";
    private const string Loai = "kt-de-nghi/loai";
    private const string KhenThuong = "kt-de-nghi/hinh-thuc";
    private const string Short = "phuong-huong-uu-tien";
    private const string Cmd = PhoneInput.Command;

    public static TheoryData<PhoneInput> Rows() =>
    [
        // Yes and no, as typed in chat.
        new("có", YesNoQ, new YesNo(true)),
        new("Có", YesNoQ, new YesNo(true)),
        new("co", YesNoQ, new YesNo(true)),
        new("c", YesNoQ, new YesNo(true)),
        new("ừ", YesNoQ, new YesNo(true)),
        new("uk", YesNoQ, new YesNo(true)),
        new("ok", YesNoQ, new YesNo(true)),
        new("OK", YesNoQ, new YesNo(true)),
        new("oke", YesNoQ, new YesNo(true)),
        new("dc", YesNoQ, new YesNo(true)),
        new("đc", YesNoQ, new YesNo(true)),
        new("được", YesNoQ, new YesNo(true)),
        new("duoc", YesNoQ, new YesNo(true)),
        new("vâng ạ", YesNoQ, new YesNo(true)),
        new("vang a", YesNoQ, new YesNo(true)),
        new("dạ có", YesNoQ, new YesNo(true)),
        new("có ạ", YesNoQ, new YesNo(true)),
        new("Có ạ.", YesNoQ, new YesNo(true)),
        new("rồi", YesNoQ, new YesNo(true)),
        new("đã có", YesNoQ, new YesNo(true)),
        new("đúng", YesNoQ, new YesNo(true)),
        new("đúng rồi", YesNoQ, new YesNo(true)),
        new("yes", YesNoQ, new YesNo(true)),
        new("x", YesNoQ, new YesNo(true)),
        new("ko", YesNoQ, new YesNo(false)),
        new("k", YesNoQ, new YesNo(false)),
        new("K", YesNoQ, new YesNo(false)),
        new("ko có", YesNoQ, new YesNo(false)),
        new("k có", YesNoQ, new YesNo(false)),
        new("k co", YesNoQ, new YesNo(false)),
        new("không", YesNoQ, new YesNo(false)),
        new("khong", YesNoQ, new YesNo(false)),
        new("không có", YesNoQ, new YesNo(false)),
        new("chưa", YesNoQ, new YesNo(false)),
        new("chua", YesNoQ, new YesNo(false)),
        new("chưa có", YesNoQ, new YesNo(false)),
        new("không ạ", YesNoQ, new YesNo(false)),
        new("no", YesNoQ, new YesNo(false)),

        // Held, not held: "đã <verb>" and "chưa <verb>"; "có <words of the question>".
        new("đã tổ chức", "yesno-optional", new YesNo(true)),
        new("chưa tổ chức", "yesno-optional", new YesNo(false)),
        new("có tổ chức", "yesno-optional", new YesNo(true)),
        new("không tổ chức", "yesno-optional", new YesNo(false)),
        new("đã kiện toàn", KienToan, new YesNo(true)),
        new("chưa kiện toàn", KienToan, new YesNo(false)),
        new("có quy chế", "tm-quy-che-bcd", new YesNo(true)),
        new("đã đưa vào nghị quyết", YesNoQ, new YesNo(true)),
        new("có đưa vào", YesNoQ, new YesNo(true)),
        new("không đưa vào", YesNoQ, new YesNo(false)),
        new("đã lựa chọn", DaChon, new YesNo(true)),
        new("chưa lựa chọn", DaChon, new YesNo(false)),
        new("da lua chon roi", DaChon, new YesNo(true)),
        // What the question does not say is kept as the comment.
        new("đã tổ chức 3 lần", "yesno-optional", new YesNo(true, "đã tổ chức 3 lần")),
        new("đã không tổ chức", "yesno-optional", new Refused("Error_NotYesNo")),
        new("đã hủy", "yesno-optional", new Refused("Error_NotYesNo")),
        new("chưa biết", "yesno-optional", new Refused("Error_NotYesNo")),
        new("có 2 nghị quyết", YesNoQ, new YesNo(true, "có 2 nghị quyết")),
        new("có lẽ vậy", YesNoQ, new Refused("Error_NotYesNo")),
        new("có kế hoạch riêng", YesNoQ, new Refused("Error_NotYesNo")),

        // "Có, …" and "Không, vì …": the answer and the comment, both kept.
        new("Có, đã đưa vào nghị quyết năm 2016", YesNoQ, new YesNo(true, "đã đưa vào nghị quyết năm 2016")),
        new("Không, vì chưa có kinh phí", YesNoQ, new YesNo(false, "vì chưa có kinh phí")),
        new("không vì chưa có kinh phí", YesNoQ, new YesNo(false, "vì chưa có kinh phí")),
        new("Chưa. Sẽ kiện toàn trong quý III", KienToan, new YesNo(false, "Sẽ kiện toàn trong quý III")),
        new("có (từ năm 2017)", YesNoQ, new YesNo(true, "từ năm 2017")),
        new("co nhung chua day du", YesNoQ, new YesNo(true, "nhung chua day du")),
        new("Có ạ, nghị quyết số 12-NQ/ĐU", YesNoQ, new YesNo(true, "nghị quyết số 12-NQ/ĐU")),
        new("ko, do thiếu người", YesNoQ, new YesNo(false, "do thiếu người")),
        PhoneInput.Nfd("Không, vì chưa có kinh phí", YesNoQ, new YesNo(false, "vì chưa có kinh phí")),
        PhoneInput.Nfd("được", YesNoQ, new YesNo(true)),

        // Words that look like an answer only once folded are never taken for one.
        new("dung", YesNoQ, new Unclear()),
        new("Dung", YesNoQ, new Unclear()),
        new("dung roi", YesNoQ, new Unclear()),
        new("dùng", YesNoQ, new Refused("Error_NotYesNo")),
        new("cỏ", YesNoQ, new Refused("Error_NotYesNo")),
        new("hỏng", YesNoQ, new Refused("Error_NotYesNo")),
        new("dừng", Cmd, new IsCommand(CommandKind.Pause)),
        PhoneInput.Nfd("dừng", Cmd, new IsCommand(CommandKind.Pause)),
        new("dung", Cmd, new NotCommand()),
        new("đúng", Cmd, new NotCommand()),
        new("dùng", Cmd, new NotCommand()),

        // Telex and VNI leftovers.
        new("cos", YesNoQ, new YesNo(true)),
        new("khoong", YesNoQ, new YesNo(false)),
        new("co1", YesNoQ, new YesNo(true)),
        new("khong6", YesNoQ, new YesNo(false)),
        new("ddc", YesNoQ, new YesNo(true)),
        new("dduwowcj", YesNoQ, new YesNo(true)),
        new("chuwa", YesNoQ, new YesNo(false)),
        new("ddungs", YesNoQ, new YesNo(true)),
        new("dungf", YesNoQ, new Refused("Error_NotYesNo")),
        new("tieeps tucj", Cmd, new IsCommand(CommandKind.Resume)),
        new("boor qua", Cmd, new IsCommand(CommandKind.Skip)),
        new("tieps tuc5", Cmd, new IsCommand(CommandKind.Resume)),
        new("duwngf laij", Cmd, new IsCommand(CommandKind.Pause)),
        new("duwngf", Cmd, new IsCommand(CommandKind.Pause)),
        new("dungf", Cmd, new NotCommand()),

        // Numbers, grouped the Vietnamese way.
        new("1234", LuotNguoi, new Number(1234)),
        new("1.234", LuotNguoi, new Number(1234)),
        new("1 234", LuotNguoi, new Number(1234)),
        new("1.234.567", LuotNguoi, new Number(1_234_567)),
        new("1,234,567", LuotNguoi, new Number(1_234_567)),
        new("0", Buoi, new Number(0)),
        new("không", Buoi, new Number(0)),
        new("khong", Buoi, new Number(0)),
        new("ko có", Buoi, new Number(0)),
        new("chưa có", Buoi, new Number(0)),
        new("12", Buoi, new Number(12)),
        new("12 buổi", Buoi, new Number(12)),
        new("12 buoi", Buoi, new Number(12)),
        new("12buổi", Buoi, new Number(12)),
        new("có 12 buổi", Buoi, new Number(12)),
        new("tổng cộng 12 buổi", Buoi, new Number(12)),
        new("1.500 người", LuotNguoi, new Number(1500)),
        new("1.500 lượt người", LuotNguoi, new Number(1500)),
        new("1500 luot", LuotNguoi, new Number(1500)),
        new("12 tin bài", TinBai, new Number(12)),
        new("12 tin/bài", TinBai, new Number(12)),
        new("12 tin, bài", TinBai, new Number(12)),
        new("12 tin", TinBai, new Number(12)),
        new("12 bai", TinBai, new Number(12)),
        new("12 văn bản", VanBan, new Number(12)),
        new("12 vb", VanBan, new Number(12)),
        new("12vb", VanBan, new Number(12)),
        new("12 người", Buoi, new Refused("Error_NotANumber")),

        // Multipliers, where the unit allows them.
        new("2 nghìn", LuotNguoi, new Number(2000)),
        new("2 ngàn", LuotNguoi, new Number(2000)),
        new("1,5 nghìn", LuotNguoi, new Number(1500)),
        new("1,5 nghìn người", LuotNguoi, new Number(1500)),
        new("3 triệu", LuotNguoi, new Number(3_000_000)),
        new("3 trieu", LuotNguoi, new Number(3_000_000)),
        new("1tr", LuotNguoi, new Number(1_000_000)),
        new("1tr2", LuotNguoi, new Number(1_200_000)),
        new("1k2", LuotNguoi, new Number(1200)),
        new("2k", LuotNguoi, new Number(2000)),
        new("12k người", LuotNguoi, new Number(12_000)),
        new("1 nghìn 2 trăm", LuotNguoi, new Number(1200)),
        new("2 nghìn 5", LuotNguoi, new Number(2500)),
        new("một nghìn rưỡi", LuotNguoi, new Number(1500)),
        new("1 triệu 2", LuotNguoi, new Number(1_200_000)),
        new("1,25 nghìn", LuotNguoi, new Number(1250)),
        new("1,2345 nghìn", LuotNguoi, new Refused("Error_NotWhole")),

        // Numbers in words.
        new("mười hai", Buoi, new Number(12)),
        new("muoi hai buoi", Buoi, new Number(12)),
        new("hai mươi mốt", Buoi, new Number(21)),
        new("hai mươi tư", Buoi, new Number(24)),
        new("ba mươi lăm", Buoi, new Number(35)),
        new("hai mốt", Buoi, new Number(21)),
        new("một trăm linh năm", Buoi, new Number(105)),
        new("một trăm lẻ năm", Buoi, new Number(105)),
        new("hai trăm", Buoi, new Number(200)),
        new("hai trăm năm mươi", Buoi, new Number(250)),
        new("một nghìn không trăm linh năm", LuotNguoi, new Number(1005)),
        new("tám mươi", Buoi, new Number(80)),
        new("tam muoi", Buoi, new Number(80)),
        new("2 chục", Buoi, new Number(20)),

        // Estimates are kept as the figure, marked as estimates; a bound is not a figure.
        new("khoảng 200", LuotNguoi, new Number(200, Approximate: true)),
        new("khoang 200 nguoi", LuotNguoi, new Number(200, Approximate: true)),
        new("tầm 200", LuotNguoi, new Number(200, Approximate: true)),
        new("tam 200", LuotNguoi, new Number(200, Approximate: true)),
        new("~200", LuotNguoi, new Number(200, Approximate: true)),
        new("~ 200", LuotNguoi, new Number(200, Approximate: true)),
        new("xấp xỉ 1.500", LuotNguoi, new Number(1500, Approximate: true)),
        new("khoảng 2 nghìn", LuotNguoi, new Number(2000, Approximate: true)),
        new("tầm hai trăm", LuotNguoi, new Number(200, Approximate: true)),
        new("hơn 200", LuotNguoi, new Refused("Error_NumberNotExact")),
        new("gần 200", LuotNguoi, new Refused("Error_NumberNotExact")),
        new("trên 200 người", LuotNguoi, new Refused("Error_NumberNotExact")),

        // "," is the decimal mark.
        new("1,5", Buoi, new Refused("Error_NotWhole")),
        new("12,5", Buoi, new Refused("Error_NotWhole")),
        new("1.5", Buoi, new Refused("Error_NotWhole")),
        new("1,234", LuotNguoi, new Refused("Error_CommaDecimal")),
        new("1,234 người", LuotNguoi, new Refused("Error_CommaDecimal")),
        new("1.234,5", LuotNguoi, new Refused("Error_NotWhole")),
        new("12 34 5", LuotNguoi, new Refused("Error_NotANumber")),
        new("-5", Buoi, new Refused("Error_BelowMin")),
        new("-5", "number-negative", new Number(-5)),
        new("12", "number-no-unit", new Number(12)),
        new("2 nghìn 3 triệu", LuotNguoi, new Refused("Error_NotANumber")),

        // Percentages.
        new("90", Percent, new Number(90)),
        new("90%", Percent, new Number(90)),
        new("90 %", Percent, new Number(90)),
        new("90 phần trăm", Percent, new Number(90)),
        new("90 phan tram", Percent, new Number(90)),
        new("khoảng 90%", Percent, new Number(90, Approximate: true)),
        new("một trăm phần trăm", Percent, new Number(100)),
        new("chín mươi phần trăm", Percent, new Number(90)),
        new("90,5%", Percent, new Refused("Error_NotWhole")),
        new("1k2", Percent, new Refused("Error_NotANumber")),
        new("120%", Percent, new Refused("Error_AboveMax")),

        // Dates.
        new("15/6/2020", NgaySoKet, new Date(2020, 6, 15)),
        new("15-6-2020", NgaySoKet, new Date(2020, 6, 15)),
        new("15.6.2020", NgaySoKet, new Date(2020, 6, 15)),
        new("15/06/20", NgaySoKet, new Date(2020, 6, 15)),
        new("12/6", NgaySoKet, new Date(2020, 6, 12)),
        new("12-6", NgaySoKet, new Date(2020, 6, 12)),
        new("ngày 12/6", NgaySoKet, new Date(2020, 6, 12)),
        new("ngày 12 tháng 6 năm 2020", NgaySoKet, new Date(2020, 6, 12)),
        new("ngay 12 thang 6 nam 2020", NgaySoKet, new Date(2020, 6, 12)),
        new("12 thang 6 2020", NgaySoKet, new Date(2020, 6, 12)),
        new("12 tháng 6", NgaySoKet, new Date(2020, 6, 12)),
        new("12 6 2020", NgaySoKet, new Date(2020, 6, 12)),
        new("2020-06-12", NgaySoKet, new Date(2020, 6, 12)),
        new("hôm nay", NgaySoKet, new Date(2020, 6, 15)),
        new("hom nay", NgaySoKet, new Date(2020, 6, 15)),
        new("hôm qua", NgaySoKet, new Date(2020, 6, 14)),
        new("hom qua", NgaySoKet, new Date(2020, 6, 14)),
        new("hôm kia", NgaySoKet, new Date(2020, 6, 13)),
        new("１５/６/２０２０", NgaySoKet, new Date(2020, 6, 15)),
        new("1/5/2020", NgaySoKet, new Refused("Error_DateOutsideRange")),
        new("1/5", NgaySoKet, new Refused("Error_DateOutsideRange")),
        new("1/1/2021", NgaySoKet, new Refused("Error_DateOutsideRange")),
        new("31/6/2020", NgaySoKet, new Refused("Error_InvalidDate")),
        new("31/6", NgaySoKet, new Refused("Error_InvalidDate")),
        new("12/6", "date-2020-only", new Date(2020, 6, 12)),
        new("12/6", "date-across-years", new Date(2027, 6, 12)),
        new("20/12", "date-across-years", new Date(2026, 12, 20)),
        new("1/12", "date-across-years", new Refused("Error_DateOutsideRange")),
        new("12/6", "date-no-limits", new Refused("Error_DateNeedsYear")),
        new("12/6/2019", "date-no-limits", new Date(2019, 6, 12)),
        new("mai", "date-no-limits", new Date(2020, 6, 16)),
        new("tuần trước", NgaySoKet, new Refused("Error_NotADate")),

        // A choice by number, by its words, by abbreviation or initials.
        new("2", HinhThuc, new Chosen(2)),
        new("văn bản", HinhThuc, new Chosen(2)),
        new("bang van ban", HinhThuc, new Chosen(2)),
        new("lồng ghép", HinhThuc, new Chosen(3)),
        new("hội nghị sơ kết", HinhThuc, new Chosen(1)),
        new("hội nghị", HinhThuc, new Chosen(1)),
        new("số 2", HinhThuc, new Chosen(2)),
        new("phương án 3", HinhThuc, new Chosen(3)),
        new("4", HinhThuc, new Refused("Error_NotAChoice")),
        new("chặt chẽ", MucDo, new Chosen(1)),
        new("chưa thường xuyên", MucDo, new Chosen(2)),
        new("hình thức", MucDo, new Chosen(3)),
        new("tốt", XepLoai, new Chosen(1)),
        new("kha", XepLoai, new Chosen(2)),
        new("TB", XepLoai, new Chosen(3)),
        new("trung binh", XepLoai, new Chosen(3)),
        new("yeu", XepLoai, new Chosen(4)),
        new("cá nhân", Loai, new Chosen(2)),
        new("tap the", Loai, new Chosen(1)),
        new("bằng khen bộ trưởng", KhenThuong, new Chosen(1)),
        new("BK chủ tịch UBND tỉnh", KhenThuong, new Chosen(2)),
        new("giấy khen giám đốc", KhenThuong, new Chosen(3)),
        new("GK CA tỉnh", KhenThuong, new Chosen(3)),
        new("giấy khen huyện", KhenThuong, new Chosen(4)),
        new("giấy khen sở", KhenThuong, new Chosen(5)),
        new("khác", KhenThuong, new Chosen(6)),
        new("bằng khen", KhenThuong, new Refused("Error_AmbiguousBetween")),

        // The organisations that coordinated, as a district office writes them.
        new("Mặt trận", LucLuong, new Chosen(1)),
        new("MTTQ", LucLuong, new Chosen(1)),
        new("mttq", LucLuong, new Chosen(1)),
        new("UBMTTQ", LucLuong, new Chosen(1)),
        new("mat tran to quoc", LucLuong, new Chosen(1)),
        new("Đoàn", LucLuong, new Chosen(2)),
        new("đoàn thanh niên", LucLuong, new Chosen(2)),
        new("ĐTN", LucLuong, new Chosen(2)),
        new("dtn", LucLuong, new Chosen(2)),
        new("thanh niên", LucLuong, new Chosen(2)),
        new("Đoàn TN", LucLuong, new Chosen(2)),
        new("phụ nữ", LucLuong, new Chosen(3)),
        new("HLHPN", LucLuong, new Chosen(3)),
        new("hội PN", LucLuong, new Chosen(3)),
        new("CCB", LucLuong, new Chosen(4)),
        new("cựu chiến binh", LucLuong, new Chosen(4)),
        new("Hội CCB", LucLuong, new Chosen(4)),
        new("nông dân", LucLuong, new Chosen(5)),
        new("HND", LucLuong, new Chosen(5)),
        new("công đoàn", LucLuong, new Chosen(6)),
        new("CĐ", LucLuong, new Chosen(6)),
        new("hội", LucLuong, new Refused("Error_AmbiguousBetween")),
        new("MTTQ, Đoàn, Phụ nữ", LucLuong, new Chosen(1, 2, 3)),
        new("mặt trận, ccb và nông dân", LucLuong, new Chosen(1, 4, 5)),
        new("1, 3 và 5", LucLuong, new Chosen(1, 3, 5)),
        new("1 3 5", LucLuong, new Chosen(1, 3, 5)),
        new("1,3,5", LucLuong, new Chosen(1, 3, 5)),
        new("1-3", LucLuong, new Chosen(1, 2, 3)),
        new("1 - 3", LucLuong, new Chosen(1, 2, 3)),
        new("1 đến 3", LucLuong, new Chosen(1, 2, 3)),
        new("từ 2 tới 4", LucLuong, new Chosen(2, 3, 4)),
        new("1-3, 6", LucLuong, new Chosen(1, 2, 3, 6)),
        new("tất cả", LucLuong, new Chosen(1, 2, 3, 4, 5, 6)),
        new("tat ca", LucLuong, new Chosen(1, 2, 3, 4, 5, 6)),
        new("tất cả các tổ chức trên", LucLuong, new Chosen(1, 2, 3, 4, 5, 6)),
        new("cả 6", LucLuong, new Chosen(1, 2, 3, 4, 5, 6)),
        new("ca sau", LucLuong, new Chosen(1, 2, 3, 4, 5, 6)),
        new("tất cả trừ 2", LucLuong, new Refused("Error_NotAChoice")),
        new("cả 3", LucLuong, new Refused("Error_NotAChoice")),
        new("1, 7", LucLuong, new Refused("Error_NotAChoice")),
        new("không có", LucLuong, new Skip()),
        new("không", LucLuong, new Skip()),
        new("ko", LucLuong, new Skip()),
        new("chưa có", LucLuong, new Skip()),
        new("không có tổ chức nào", LucLuong, new Skip()),
        new("không có", "choice-optional", new Skip()),
        new("không có", NoiDungTm, new Refused("Error_ChoiceRequired")),
        new("không có", HinhThuc, new Refused("Error_ChoiceRequired")),

        // The other several-choice questions of Plan 248.
        new("kế hoạch, mô hình, kiểm tra", NoiDungTm, new Chosen(1, 2, 3)),
        new("khen thưởng và nòng cốt", NoiDungTm, new Chosen(4, 5)),
        new("ngày hội, bồi dưỡng", NoiDungTm, new Chosen(1, 5)),
        new("tổng kết", NoiDungTm, new Chosen(4)),
        new("khác", NoiDungTm, new Chosen(6)),
        new("họp dân, loa, zalo", HinhThucTt, new Chosen(1, 2, 5)),
        new("loa truyền thanh; tờ rơi", HinhThucTt, new Chosen(2, 4)),
        new("pano, mxh", HinhThucTt, new Chosen(3, 5)),
        new("facebook", HinhThucTt, new Chosen(5)),
        new("Hội nghị, họp dân ở khu dân cư", HinhThucTt, new Chosen(1)),
        new("sân khấu hoá", HinhThucTt, new Chosen(6)),
        new("Phần lễ: báo cáo kết quả, khen thưởng", NgayHoi, new Chosen(1)),
        new("văn nghệ, thi tìm hiểu, trưng bày", NgayHoi, new Chosen(3, 4, 6)),
        new("ra mắt mô hình", NgayHoi, new Chosen(5)),
        new("kinh phí, chế độ, tài liệu", LinhVuc, new Chosen(1, 2, 3)),
        new("1 2 3 4", LinhVuc, new Refused("Error_TooManyChoices")),
        new("trang thiết bị và nhân rộng mô hình", LinhVuc, new Chosen(5, 6)),

        // Commands: typed together, in English, or as the new names.
        new("tieptuc", Cmd, new IsCommand(CommandKind.Resume)),
        new("boqua", Cmd, new IsCommand(CommandKind.Skip)),
        new("quaylai", Cmd, new IsCommand(CommandKind.Back)),
        new("trogiup", Cmd, new IsCommand(CommandKind.Help)),
        new("tamdung", Cmd, new IsCommand(CommandKind.Pause)),
        new("xemlai", Cmd, new IsCommand(CommandKind.Summary)),
        new("skip", Cmd, new IsCommand(CommandKind.Skip)),
        new("Skip", Cmd, new IsCommand(CommandKind.Skip)),
        new("back", Cmd, new IsCommand(CommandKind.Back)),
        new("next", Cmd, new IsCommand(CommandKind.Skip)),
        new("help", Cmd, new IsCommand(CommandKind.Help)),
        new("menu", Cmd, new IsCommand(CommandKind.Menu)),
        new("submit", Cmd, new IsCommand(CommandKind.Submit)),
        new("pause", Cmd, new IsCommand(CommandKind.Pause)),
        new("stop", Cmd, new IsCommand(CommandKind.Pause)),
        new("edit 3.2", Cmd, new IsCommand(CommandKind.Edit, 3, 2)),
        new("edit", Cmd, new IsCommand(CommandKind.Edit)),
        new("sua3.2", Cmd, new IsCommand(CommandKind.Edit, 3, 2)),
        new("sửa lại 3.2", Cmd, new IsCommand(CommandKind.Edit, 3, 2)),
        new("dừng lại", Cmd, new IsCommand(CommandKind.Pause)),
        new("dung lai", Cmd, new IsCommand(CommandKind.Pause)),
        new("đôn đốc", Cmd, new IsCommand(CommandKind.Nudge)),
        new("don doc", Cmd, new IsCommand(CommandKind.Nudge)),
        new("dondoc", Cmd, new IsCommand(CommandKind.Nudge)),
        new("nhắc nhở", Cmd, new IsCommand(CommandKind.Nudge)),
        new("chờ duyệt", Cmd, new IsCommand(CommandKind.Pending)),
        new("choduyet", Cmd, new IsCommand(CommandKind.Pending)),
        new("tiếp tục tuyên truyền", Cmd, new NotCommand()),
        new("sửa chữa nhà văn hóa", Cmd, new NotCommand()),
        new("stop the review now", Cmd, new NotCommand()),

        // Text answers are kept NFC, whatever the keyboard sent.
        PhoneInput.Nfd("Xây dựng mô hình tự quản", Short, new Text("Xây dựng mô hình tự quản")),
    ];

    [Theory]
    [MemberData(nameof(Rows))]
    public void PhoneInput_AtItsQuestion_BecomesWhatTheTableSays(PhoneInput row)
    {
        if (row.At == PhoneInput.Command)
        {
            AssertCommand(row);
            return;
        }

        var question = PhoneQuestions.At(row.At);

        var read = AnswerReader.Read(question, row.Input, PhoneQuestions.Context);

        var value = read.Value;
        switch (row.Expected)
        {
            case YesNo yesNo:
                Assert.True(value is not null, read.Error);
                Assert.Equal(yesNo.Flag, value.Flag);
                Assert.Equal(yesNo.Comment, value.Comment);
                Assert.True(value.Comment?.IsNormalized(NormalizationForm.FormC) ?? true, "comment is not NFC");
                break;
            case Number number:
                Assert.True(value is not null, read.Error);
                Assert.Equal(number.Value, value.Number);
                Assert.Equal(number.Approximate, value.Approximate);
                break;
            case Date date:
                Assert.True(value is not null, read.Error);
                Assert.Equal(new DateOnly(date.Year, date.Month, date.Day), value.Date);
                break;
            case Chosen chosen:
                Assert.True(value is not null, read.Error);
                Assert.Equal(chosen.Numbers.Select(n => question.Choices![n - 1]), value.Choices!);
                break;
            case Text text:
                Assert.True(value is not null, read.Error);
                Assert.Equal(text.Value.Normalize(NormalizationForm.FormC), value.Text);
                Assert.True(value.Text!.IsNormalized(NormalizationForm.FormC));
                break;
            case Skip:
                Assert.True(read.Skipped, read.Error ?? "not a skip");
                Assert.True(value!.IsEmpty());
                break;
            case Unclear:
                Assert.True(read.Unclear, read.Error ?? $"read as {value}");
                Assert.Null(value);
                Assert.Contains(row.Input, read.Error!, StringComparison.Ordinal);
                break;
            case Refused refused:
                Assert.True(value is null, $"read as {value}");
                Assert.False(read.Unclear);
                Assert.StartsWith(PhoneQuestions.Reason(refused.Key), read.Error!, StringComparison.Ordinal);
                break;
            default:
                Assert.Fail($"{row.Expected} is not an answer");
                break;
        }
    }

    private static void AssertCommand(PhoneInput row)
    {
        var command = CommandParser.Parse(row.Input);

        switch (row.Expected)
        {
            case IsCommand expected:
                Assert.Equal(new Command(expected.Kind, expected.Section, expected.Question), command);
                break;
            case NotCommand:
                Assert.Null(command);
                break;
            default:
                Assert.Fail($"{row.Expected} is not a command");
                break;
        }
    }
}

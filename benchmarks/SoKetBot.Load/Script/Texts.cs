namespace SoKetBot.Load.Script;

/// <summary>
/// What the replies are checked for: parts of the bot's sentences (Dialogs/Resources/BotText.resx) that tell which step
/// the conversation is at. The SDK peer (benchmarks/peer) says the same, so that one check serves both.
/// </summary>
internal static class Texts
{
    public const string AskAccount = "**tên tài khoản**";
    public const string AskCode = "**mã truy cập**";
    public const string Linked = "Đã liên kết tài khoản";
    public const string Greeting = "Xin chào ";
    public const string RecordSaved = "Đã lưu";
    public const string Submitted = "Đã nộp báo cáo";

    /// <summary>The no-op endpoint's one reply.</summary>
    public const string Noop = "ok";

    /// <summary>The start of the message that asks question <paramref name="number"/> of section <paramref name="section"/>.</summary>
    public static string Header(int section, int number) => $"**Câu {section}.{number}**";

    /// <summary>The prompt of field <paramref name="field"/> of a record being entered.</summary>
    public static string RecordField(int field, int fields) => $"({field}/{fields})";
}

namespace SoKetBot.Dialogs.Parsing;

/// <summary>A command typed by an official; <see cref="Section"/> and <see cref="Question"/> only for "sửa 3.2".</summary>
public sealed record Command(CommandKind Kind, int? Section = null, int? Question = null);

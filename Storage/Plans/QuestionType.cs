namespace SoKetBot.Storage.Plans;

/// <summary>The kinds of answer a question takes; the plan file writes them in camelCase.</summary>
public enum QuestionType
{
    ShortText,
    LongText,
    Number,
    YesNo,
    Choice,
    MultiChoice,
    Date,
    Records,
}

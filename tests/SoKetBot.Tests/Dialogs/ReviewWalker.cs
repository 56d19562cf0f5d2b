using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Tests.Dialogs;

/// <summary>Answers whatever the bot is asking, until it stops asking: the whole review, as a patient official would.</summary>
internal static class ReviewWalker
{
    public static int AnswerEverything(Conversation conversation, Plan plan, int maxTurns = 400)
    {
        var questions = plan.Sections.SelectMany(section => section.Questions).ToDictionary(question => question.Id);
        var turns = 0;
        while (conversation.State is { Mode: DialogMode.Answering, QuestionId: { } id } && turns++ < maxTurns)
        {
            var question = questions[id];
            if (question.Type != QuestionType.Records)
            {
                conversation.Say(SampleAnswers.For(question));
                continue;
            }

            conversation.Say("thêm");
            foreach (var field in question.Fields!)
            {
                conversation.Say(SampleAnswers.For(field));
            }

            conversation.Say("xong");
        }

        return turns;
    }
}

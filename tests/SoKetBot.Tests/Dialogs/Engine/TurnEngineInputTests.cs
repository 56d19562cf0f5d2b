using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Tests.Dialogs.Engine;

/// <summary>What enters a turn: too much is refused, the rest is cleaned; and a turn that fails leaves the official where they were.</summary>
public sealed class TurnEngineInputTests
{
    private const string Commune = "16708";

    // Question 1.6 wants at least 50 characters.
    private const string LongEnough = "Cấp ủy, chính quyền đã ban hành nghị quyết chuyên đề và tổ chức quán triệt.";

    private static (DialogHost Host, Conversation Chat) AtQuestion(string label, DialogHost? host = null)
    {
        host ??= new DialogHost();
        var chat = new Conversation(host).SignIn("xa").Say("bắt đầu").Say("sửa " + label).Expect("Câu " + label);
        return (host, chat);
    }

    private static AnswerValue? Stored(DialogHost host, string questionId) =>
        host.Get<IAnswerStore>().Find(Answer.KeyOf(Submission.KeyOf(host.Plan.Id, Commune), questionId))?.Value;

    [Fact]
    public void TurnEngine_HundredThousandCharacters_AreRefusedWithTheLimitAndNothingIsStored()
    {
        var (host, chat) = AtQuestion("1.6");
        using var _ = host;

        chat.Say(new string('a', 100_000)).Expect("Tin nhắn quá dài").Expect("tối đa 20.000 ký tự");

        Assert.Equal((DialogMode.Answering, "ld-danh-gia"), (chat.State.Mode, chat.State.QuestionId));
        Assert.Null(Stored(host, "ld-danh-gia"));
        chat.Say(LongEnough).Expect("Đã lưu");
    }

    [Fact]
    public void TurnEngine_ControlBidiAndZeroWidthCharacters_AreRemovedAndTheTextStoredAsNfc()
    {
        var (host, chat) = AtQuestion("1.6");
        using var _ = host;
        var typed = "Ti\u0065\u0302\u0301n \u202Eđộ\u202C tốt\u200B\r\nDòng\u0007 hai\u2066\u2069\u0085\uD800. " + LongEnough;

        chat.Say(typed).Expect("Đã lưu");

        var stored = Stored(host, "ld-danh-gia")!.Text!;
        Assert.Equal("Tiến độ tốt\nDòng hai. " + LongEnough, stored);
        Assert.True(stored.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData('\uFF10')]
    [InlineData('\u0660')]
    [InlineData('\u06F0')]
    public void TurnEngine_DateInDigitsOfAnotherScript_IsReadAsTheDigitsItIs(char zero)
    {
        var (host, chat) = AtQuestion("1.2");
        using var _ = host;
        var date = host.Plan.Sections[0].Questions.Single(q => q.Id == "ld-ngay-so-ket").MinDate!.Value.AddDays(3);
        var typed = string.Concat(date.ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture).Select(c => char.IsAsciiDigit(c) ? (char)(zero + (c - '0')) : c));

        chat.Say(typed).Expect("Đã lưu");

        Assert.Equal(date, Stored(host, "ld-ngay-so-ket")!.Date);
    }

    [Fact]
    public void TurnEngine_YearZero_GetsTheAllowedRange()
    {
        var (host, chat) = AtQuestion("1.2");
        using var _ = host;

        chat.Say("15/6/0000").Expect("Năm phải từ 1900 đến 2100");

        Assert.Equal("ld-ngay-so-ket", chat.State.QuestionId);
        Assert.Null(Stored(host, "ld-ngay-so-ket"));
    }

    [Fact]
    public void TurnEngine_MoreDigitsThanANumberHolds_GetsTheQuestionsMaximum()
    {
        var (host, chat) = AtQuestion("1.4");
        using var _ = host;

        chat.Say("99999999999999999999").Expect("Số lớn nhất được chấp nhận là 100.000");
        chat.Say("１２").Expect("Đã lưu");

        Assert.Equal(12, Stored(host, "ld-van-ban-chi-dao")!.Number);
    }

    [Fact]
    public void TurnEngine_TurnThatFails_RollsBackAndLeavesTheOfficialAtTheSameQuestion()
    {
        var failing = new FailOnce();
        using var host = new DialogHost(services: services => services.Replace(ServiceDescriptor.Singleton<IAnswerStore>(provider =>
            new FailingAnswerStore(new AnswerStore(provider.GetRequiredService<SoKetBotDatabase>()), failing))));
        var (_, chat) = AtQuestion("1.4", host);
        var before = chat.State;
        failing.Arm();

        chat.Say("12").Expect("đã có lỗi xảy ra");

        Assert.Equal(before with { UpdatedAt = chat.State.UpdatedAt }, chat.State);
        Assert.Null(Stored(host, "ld-van-ban-chi-dao"));
        chat.Say("12").Expect("Đã lưu").Expect("Câu 1.1");
        Assert.Equal(12, Stored(host, "ld-van-ban-chi-dao")!.Number);
    }

    private sealed class FailOnce
    {
        private int armed;

        public void Arm() => Volatile.Write(ref armed, 1);

        public bool Fire() => Interlocked.Exchange(ref armed, 0) == 1;
    }

    // Writes, then fails: the transaction must take the write back.
    private sealed class FailingAnswerStore(IAnswerStore inner, FailOnce failing) : IAnswerStore
    {
        public Answer? Find(string id) => inner.Find(id);

        public void Save(Answer record)
        {
            inner.Save(record);
            if (failing.Fire())
            {
                throw new InvalidOperationException("The store fails once, on purpose.");
            }
        }

        public IReadOnlyList<Answer> OfSubmission(string submissionId) => inner.OfSubmission(submissionId);

        public void Delete(string id) => inner.Delete(id);
    }
}

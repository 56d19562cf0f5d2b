using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Tests.Dialogs.Reviews;

/// <summary>
/// A whole commune review typed as officials type on a phone: no diacritics, chat short forms, words for numbers,
/// commands run together or in English, a keyboard left in Telex; two slips that must be asked again, not guessed.
/// </summary>
public sealed class PhoneTranscriptTests
{
    private const string Prose = "da trien khai tot, nhan dan dong tinh huong ung, cac to an ninh hoat dong deu dan hang thang";

    // What the official types at each question, in the plan's order; a second entry follows a refusal.
    private static readonly Dictionary<string, string[]> Typed = new(StringComparer.Ordinal)
    {
        ["ld-hinh-thuc-so-ket"] = ["long ghep"],
        ["ld-ngay-so-ket"] = ["hom nay"],
        ["ld-ke-hoach-so-ket"] = ["skip"],
        ["ld-van-ban-chi-dao"] = ["5 vb"],
        ["ld-dua-vao-nghi-quyet"] = ["dung", "cos"],
        ["ld-danh-gia"] = [Prose],
        ["ld-kiem-tra"] = ["khoang 10"],
        ["tm-van-ban-tham-muu"] = ["ba"],
        ["tm-kien-toan-bcd"] = ["co, da kien toan thang 3"],
        ["tm-noi-dung"] = ["1 3 5"],
        ["tm-quy-che-bcd"] = ["k"],
        ["tm-danh-gia"] = [Prose],
        ["phoi-hop-quy-che"] = ["2"],
        ["phoi-hop-luc-luong"] = ["mat tran, ccb, phu nu"],
        ["phoi-hop-muc-do"] = ["chat che"],
        ["phoi-hop-danh-gia"] = [Prose],
        ["tt-so-buoi"] = ["1,5", "12 buoi"],
        ["tt-luot-nguoi"] = ["1,5 nghin"],
        ["tt-tin-bai"] = ["12 tin bai"],
        ["tt-hinh-thuc"] = ["1-3"],
        ["tt-danh-gia"] = [Prose],
        ["kq-giao-duc"] = [Prose],
        ["kq-mo-hinh-moi"] = ["hai"],
        ["kq-mo-hinh-duy-tri"] = ["muoi hai"],
        ["kq-mo-hinh-tieu-bieu"] = ["boqua"],
        ["kq-to-an-ninh"] = ["15 to"],
        ["kq-dien-hinh"] = ["0"],
        ["kq-tin-bao"] = ["khong"],
        ["kq-truy-na"] = ["1"],
        ["kq-hoa-giai"] = ["hai muoi mot"],
        ["kq-khu-dan-cu-an-toan"] = ["8"],
        ["kq-co-quan-an-toan"] = ["boqua"],
        ["kq-gan-ket"] = ["skip"],
        ["nh-so-ngay-hoi"] = ["5"],
        ["nh-luot-nguoi"] = ["2 nghin"],
        ["nh-ty-le-khu-dan-cu"] = ["90%"],
        ["nh-noi-dung"] = ["tat ca"],
        ["nh-danh-gia"] = [Prose],
        ["dg-xep-loai"] = ["tot"],
        ["dg-uu-diem"] = [Prose],
        ["dg-han-che"] = [Prose],
        ["dg-nguyen-nhan"] = [Prose],
        ["dg-bai-hoc"] = [Prose],
        ["kn-linh-vuc"] = ["1, 3 va 5"],
        ["kn-cap-huyen"] = ["boqua"],
        ["kn-ubnd-tinh"] = ["boqua"],
        ["kn-bo-cong-an"] = ["boqua"],
        ["kn-thu-tuong"] = ["boqua"],
        ["phuong-huong-muc-tieu"] = [Prose],
        ["phuong-huong-giai-phap"] = [Prose],
        ["phuong-huong-uu-tien"] = ["nhan rong mo hinh tu quan"],
        ["phuong-huong-mo-hinh"] = ["3"],
        ["kt-tap-the-da-khen"] = ["2 tap the"],
        ["kt-ca-nhan-da-khen"] = ["5"],
        ["kt-bao-cao-dien-hinh"] = ["ko"],
    };

    private static readonly string[] Nominee = ["them", "ca nhan", "Nguyen Van A", "cong an xa Hung Loc", "co nhieu thanh tich trong phong trao bao ve an ninh to quoc", "ubnd huyen", "xong"];

    // A question this script does not name (a plan grows): what a phone would send for its kind.
    private static string Default(Question question) => question.Type switch
    {
        QuestionType.Number => "3",
        QuestionType.YesNo => "uk",
        QuestionType.Choice => "1",
        QuestionType.MultiChoice => "1 2",
        QuestionType.Date => "hom nay",
        QuestionType.ShortText => "to an ninh nhan dan",
        _ => Prose,
    };

    [Fact]
    public void PhoneInput_WholeReviewWithoutDiacritics_IsUnderstoodAndSubmitted()
    {
        using var host = new DialogHost();
        var chat = new Conversation(host).SignIn("xa").Say("batdau");
        var questions = host.Plan.Sections.SelectMany(section => section.Questions).ToDictionary(question => question.Id);
        var refusals = 0;
        var turns = 0;
        while (chat.State is { Mode: DialogMode.Answering, QuestionId: { } id } && turns++ < 200)
        {
            if (id == "kt-de-nghi")
            {
                foreach (var typed in Nominee)
                {
                    chat.Say(typed);
                }

                continue;
            }

            var script = Typed.TryGetValue(id, out var planned) ? planned : [Default(questions[id])];
            foreach (var typed in script)
            {
                chat.Say(typed);
            }

            // The slips are asked again at the same question; every last entry is taken.
            refusals += script.Length - 1;
            Assert.True(id != chat.State.QuestionId, $"{id}: {chat.Text}");
        }

        Assert.Equal(2, refusals);
        Assert.True(chat.State.Mode == DialogMode.Reviewing, $"stopped at {chat.State.QuestionId}: {chat.Text}");
        chat.Say("nop");
        var submission = host.Get<ISubmissionStore>().Find(Submission.KeyOf(host.Plan.Id, "16708"))!;
        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
        var answers = host.Get<ISubmissionVersionStore>().OfSubmission(submission.Id).Single().Answers;
        Assert.Equal(["Lồng ghép với cuộc họp khác"], answers["ld-hinh-thuc-so-ket"].Choices);
        Assert.Equal(DateOnly.FromDateTime(DialogHost.Start.ToOffset(TimeSpan.FromHours(7)).DateTime), answers["ld-ngay-so-ket"].Date);
        Assert.True(answers["ld-dua-vao-nghi-quyet"].Flag);
        Assert.Equal(10, answers["ld-kiem-tra"].Number);
        Assert.True(answers["ld-kiem-tra"].Approximate);
        Assert.Equal(3, answers["tm-van-ban-tham-muu"].Number);
        Assert.True(answers["tm-kien-toan-bcd"].Flag);
        Assert.Equal("da kien toan thang 3", answers["tm-kien-toan-bcd"].Comment);
        Assert.Equal(["Ủy ban Mặt trận Tổ quốc (MTTQ)", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh (CCB)"], answers["phoi-hop-luc-luong"].Choices);
        Assert.Equal(12, answers["tt-so-buoi"].Number);
        Assert.Equal(1500, answers["tt-luot-nguoi"].Number);
        Assert.Equal(12, answers["tt-tin-bai"].Number);
        Assert.Equal(3, answers["tt-hinh-thuc"].Choices!.Count);
        Assert.Equal(12, answers["kq-mo-hinh-duy-tri"].Number);
        Assert.Equal(0, answers["kq-tin-bao"].Number);
        Assert.Equal(21, answers["kq-hoa-giai"].Number);
        Assert.Equal(2000, answers["nh-luot-nguoi"].Number);
        Assert.Equal(90, answers["nh-ty-le-khu-dan-cu"].Number);
        Assert.Equal(host.Plan.Sections.SelectMany(section => section.Questions).Single(question => question.Id == "nh-noi-dung").Choices, answers["nh-noi-dung"].Choices);
        Assert.Equal(["Tốt"], answers["dg-xep-loai"].Choices);
        Assert.False(answers["kt-bao-cao-dien-hinh"].Flag);
        var nominee = Assert.Single(answers["kt-de-nghi"].Records!);
        Assert.Equal("Giấy khen của Chủ tịch UBND huyện", nominee["hinh-thuc"]);
    }
}

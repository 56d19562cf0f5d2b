using SoKetBot.Storage.Audit;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Sessions;

namespace SoKetBot.Bot.Hosting;

/// <summary>
/// The "unlink" command: <c>unlink &lt;channelId&gt; &lt;userId&gt;</c> removes one channel account's link;
/// <c>unlink --account X</c> removes all of an official's links and ends their sessions on the page. Either way the
/// conversations stop receiving the official's cards, the next message there asks for the account and code again,
/// and each removed link is written to the audit log in the same transaction.
/// </summary>
internal static class UnlinkCommand
{
    public static int Run(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var links = services.GetRequiredService<IChannelLinkStore>();
        var account = CommandArguments.Value(args, "--account")?.Trim().ToLowerInvariant();
        var operands = CommandArguments.Operands(args, "--account");
        List<ChannelLink> removing;
        if (account is not null && operands.Count == 0)
        {
            removing = [.. links.OfOfficial(account)];
        }
        else if (account is null && operands.Count == 2)
        {
            removing = links.Find(ChannelLink.KeyOf(operands[0], operands[1])) is { } link ? [link] : [];
        }
        else
        {
            error.WriteLine("unlink needs a channel id and a user id (unlink msteams 29:1abc), or --account <account>.");
            error.WriteLine(Commands.Usage);
            return 1;
        }

        var sessions = services.GetRequiredService<IWebSessionStore>();
        var endedSessions = 0;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        services.GetRequiredService<ITransactionScope>().Run(() =>
        {
            var audit = services.GetRequiredService<IAuditLog>();
            var references = services.GetRequiredService<IConversationReferenceStore>();
            foreach (var link in removing)
            {
                links.Delete(link.Id);
                foreach (var reference in references.OfOfficial(link.OfficialAccount).Where(r => r.ChannelId == link.ChannelId && r.UserId == link.UserId))
                {
                    references.Save(reference with { OfficialAccount = null });
                }

                audit.Record(new AuditEntry { At = now, Kind = AuditKind.Unlink, Account = link.OfficialAccount, ChannelId = link.ChannelId, UserId = link.UserId, Detail = "by the unlink command" });
            }

            if (account is not null)
            {
                foreach (var session in sessions.OfAccount(account))
                {
                    if (sessions.Delete(session.Id))
                    {
                        endedSessions++;
                        audit.Record(new AuditEntry { At = now, Kind = AuditKind.SignOut, Account = account, ChannelId = "page", Detail = "session ended by the unlink command" });
                    }
                }
            }
        });

        foreach (var link in removing)
        {
            output.WriteLine($"Unlinked {link.ChannelId} {link.UserId} from {link.OfficialAccount}.");
        }

        if (endedSessions > 0)
        {
            output.WriteLine($"Ended {endedSessions} page session(s) of {account}.");
        }

        if (removing.Count == 0 && endedSessions == 0)
        {
            error.WriteLine(account is null ? $"No link for {operands[0]} {operands[1]}." : $"{account} has no linked channel accounts and no page sessions.");
            return 1;
        }

        return 0;
    }
}

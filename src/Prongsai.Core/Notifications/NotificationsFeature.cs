using Prongsai.Core.Calendar.Holidays;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Common;
using Prongsai.Core.Features;

namespace Prongsai.Core.Notifications;

/// <summary>What other features lean on to reach people and to count time: the e-mail outbox and working days.</summary>
public sealed class NotificationsFeature : IFeature
{
    public void Register(FeatureBuilder feature)
    {
        feature
            .UseCase<WorkingDayCalendar>()
            .UseCase<ManagePublicHolidays>()
            .Job<SendMailJob>();
        feature.Services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section)
            .Checked(MailOptions.Section, rules => rules
                .Whole(nameof(MailOptions.SmtpPort), o => o.SmtpPort, 1, 65535)
                .Whole(nameof(MailOptions.TimeoutSeconds), o => o.TimeoutSeconds, 1, 600)
                .OneOf(nameof(MailOptions.Security), o => o.Security, "None", "Auto", "StartTls", "StartTlsWhenAvailable", "SslOnConnect"));
        feature.Services.AddSingleton<IMailSender, SmtpMailSender>();
    }
}

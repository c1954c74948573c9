using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Gifts;

/// <summary>What the report form sends; a field left empty or mistyped arrives as null.</summary>
public sealed record GiftInput(
    DateOnly? ReceivedOn, string? ReceiverPosition, string? GiverName, GiverRelation? GiverRelation,
    string? Occasion, string? Description, decimal? Value);

/// <summary>
/// A member reports a gift they received. It waits for the head of the office (or their delegate), who is notified. A
/// gift the law lets them keep without a report (from a relative, or up to 3,000 baht) may still be recorded: some
/// offices ask for every one.
/// </summary>
public sealed class ReportGift(ProngsaiDbContext db, StaffDirectory directory, TimeProvider clock)
{
    public async Task<Result<GiftReport>> RunAsync(StaffActor actor, GiftInput input, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(GiftsPermissions.ReportGifts) is { } forbidden)
        {
            return forbidden;
        }

        if (actor.UserId is not { } userId)
        {
            return Error.Forbidden();
        }

        var errors = Validate(input, BangkokTime.Today(clock));
        if (errors.Count > 0)
        {
            return Result<GiftReport>.Fail(errors);
        }

        var now = clock.GetUtcNow();
        var report = new GiftReport
        {
            ReceiverUserId = userId,
            ReceiverName = actor.UserName,
            ReceiverPosition = input.ReceiverPosition!.Trim(),
            ReceivedOn = input.ReceivedOn!.Value,
            GiverName = input.GiverName!.Trim(),
            GiverRelation = input.GiverRelation!.Value,
            Occasion = input.Occasion!.Trim(),
            Description = input.Description!.Trim(),
            Value = decimal.Round(input.Value!.Value, 2),
            ReportedAt = now,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Set<GiftReport>().Add(report);
        await db.SaveChangesAsync(cancellationToken);

        var deciders = (await directory.HoldingAsync(GiftsPermissions.DecideGifts, cancellationToken: cancellationToken))
            .Where(d => d.UserId != userId);
        var value = Money.ThaiMoney.Format(report.Value);
        directory.Notify(deciders, new NotificationText(
                $"{report.ReceiverName} รายงานการรับ{report.Description} มูลค่า {value} บาท รอพิจารณา",
                $"{report.ReceiverName} has reported receiving {report.Description}, worth {value} baht: waiting for your decision"), now,
            string.Create(CultureInfo.InvariantCulture, $"gifts/{report.Id}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    private static List<Error> Validate(GiftInput input, DateOnly today)
    {
        var errors = new List<Error>();
        if (input.ReceivedOn is not { } received)
        {
            errors.Add(Error.Invalid("กรุณากรอกวันที่ได้รับ", "ReceivedOn"));
        }
        else if (received > today)
        {
            errors.Add(Error.Invalid("วันที่ได้รับต้องไม่เลยวันนี้", "ReceivedOn"));
        }

        Required(errors, input.ReceiverPosition, GiftRules.Position, "ReceiverPosition", "กรุณากรอกตำแหน่งของคุณ", "ตำแหน่ง");
        Required(errors, input.GiverName, GiftRules.Person, "GiverName", "กรุณากรอกชื่อผู้ให้ (บุคคลหรือหน่วยงาน)", "ชื่อผู้ให้");
        if (input.GiverRelation is not { } relation || !Enum.IsDefined(relation))
        {
            errors.Add(Error.Invalid("กรุณาเลือกว่าผู้ให้เกี่ยวข้องกับคุณอย่างไร", "GiverRelation"));
        }

        Required(errors, input.Occasion, GiftRules.Occasion, "Occasion", "กรุณาบอกโอกาสที่ได้รับ เช่น ปีใหม่", "โอกาส");
        Required(errors, input.Description, GiftRules.Description, "Description", "กรุณาบอกว่าได้รับอะไร", "ช่อง \"ได้รับอะไร\" ");
        if (input.Value is not { } value || value <= 0)
        {
            errors.Add(Error.Invalid("กรุณากรอกมูลค่าโดยประมาณเป็นตัวเลข (บาท) มากกว่า 0", "Value"));
        }
        else if (value > GiftRules.MaxValue)
        {
            errors.Add(Error.Invalid($"มูลค่าเกิน {GiftRules.MaxValue:N0} บาท กรุณาตรวจสอบตัวเลขอีกครั้ง", "Value"));
        }

        return errors;
    }

    private static void Required(List<Error> errors, string? text, int limit, string field, string missing, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(Error.Invalid(missing, field));
        }
        else if (text.Trim().Length > limit)
        {
            errors.Add(Error.Invalid($"{name}ยาวได้ไม่เกิน {limit:N0} ตัวอักษร", field));
        }
    }
}

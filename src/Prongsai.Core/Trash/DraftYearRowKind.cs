using Prongsai.Core.Common;
using Prongsai.Core.Data;

namespace Prongsai.Core.Trash;

/// <summary>
/// What one kind of <see cref="DraftYearRowTrash{TRow, TPayload}"/> is: its names, its permission, its words, its page,
/// and the year's record its rows belong to, with that record's lock.
/// </summary>
/// <param name="Key">The stored <see cref="TrashItem.Kind"/> ("corruption-risk"): never renamed.</param>
/// <param name="Permission">The department-scoped permission that removes the rows, and restores them for the row's department.</param>
/// <param name="Label">What the trash page calls the kind, and the start of an item's title ("ความเสี่ยงการทุจริต").</param>
/// <param name="RowWord">
/// What the refusals call a row ("ความเสี่ยง"), and <paramref name="YearRecordWords"/> the year's record
/// ("ผลการประเมินความเสี่ยงการทุจริต"): "คุณกู้คืนได้เฉพาะ<i>row</i>ของส่วนราชการของคุณ", "<i>row</i>นี้ถูกกู้คืนไปแล้ว",
/// "<i>record</i> ปีงบประมาณ 2567 ของ<i>row</i>นี้ไม่มีแล้ว จึงกู้คืนไม่ได้",
/// "<i>record</i> ปีงบประมาณ 2567 อนุมัติแล้ว จึงกู้คืน<i>row</i>นี้ไม่ได้ ให้ผู้บริหารเปิดแก้ไขก่อน แล้วจึงกู้คืน".
/// </param>
/// <param name="PagePath">The back-office folder of a row's page, relative to the organization's ("risks"); the row's id follows.</param>
/// <param name="YearRecordOf">The id of the year's record a row belongs to.</param>
/// <param name="YearRecordExistsAsync">Whether that record is still there.</param>
/// <param name="DraftOrConflictAsync">Takes the record's lock, as every change of its rows does, and answers a conflict unless it is a draft.</param>
public sealed record DraftYearRowKind<TRow>(
    string Key, string Permission, string Label, string LabelEnglish, string RowWord, string YearRecordWords, string PagePath,
    Func<TRow, int> YearRecordOf,
    Func<ProngsaiDbContext, int, CancellationToken, Task<bool>> YearRecordExistsAsync,
    Func<ProngsaiDbContext, int, CancellationToken, Task<Error?>> DraftOrConflictAsync);

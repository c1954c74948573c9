using System.Globalization;
using Prongsai.Core.Caching;
using Prongsai.Core.Ledger;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Search;

namespace Prongsai.Bench.Bulk;

/// <summary>A shared attachment file in the file store (the ledger verifier hashes its bytes).</summary>
public sealed record SharedFile(string Key, string FileName, long Size, string Sha256);

/// <summary>
/// Builds the rows of a block of organizations as the staff use cases would have left them: each document saved
/// (version 1, draft) then published (version 2) with a "publish" ledger entry and a search entry; each fiscal
/// year's measures plan with steps, progress and results, published once as report version 1 with its snapshot
/// and ledger entry. Hashes come from Core (DocumentContent, PublicationLedger.HashOf, Canonical), tokens from
/// ThaiSegmenter and the tsvector from SearchIndex.TsVector.
/// </summary>
public sealed class BlockBuilder(IdBlocks ids, IReadOnlyList<SharedFile> files, int documentsEach, int departmentsEach)
{
    public static readonly int[] FiscalYears = [2566, 2567, 2568, 2569, 2570];

    private static readonly string[] First = ["บาง", "หนอง", "โคก", "ดอน", "ท่า", "นา", "วัง", "ห้วย", "คลอง", "สระ", "บ้าน", "ทุ่ง", "เขา", "ป่า", "โพธิ์", "ลำ"];
    private static readonly string[] Second = ["ทอง", "แก้ว", "ใหญ่", "น้อย", "งาม", "ขาม", "ยาง", "ไผ่", "บัว", "หิน", "กระดี่", "สะแก", "พะยอม", "ตะเคียน", "มะม่วง", "จันทร์"];
    private static readonly string[] Provinces = ["ฉะเชิงเทรา", "ขอนแก่น", "เชียงใหม่", "นครราชสีมา", "สุราษฎร์ธานี", "อุบลราชธานี", "พิษณุโลก", "ชลบุรี", "ลำปาง", "สงขลา"];
    private static readonly string[] ExtraDepartments = ["กองสาธารณสุขและสิ่งแวดล้อม", "กองสวัสดิการสังคม", "กองส่งเสริมการเกษตร", "หน่วยตรวจสอบภายใน", "กองยุทธศาสตร์และงบประมาณ", "กองการเจ้าหน้าที่"];

    private static readonly string[] MeasureTitles =
    [
        "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์", "ประกาศเจตจำนงสุจริตในการบริหารงานของผู้บริหาร",
        "จัดทำคู่มือการปฏิบัติงานเพื่อป้องกันผลประโยชน์ทับซ้อน", "เปิดช่องทางรับเรื่องร้องเรียนการทุจริตและติดตามผลการดำเนินการ",
        "ส่งเสริมการมีส่วนร่วมของประชาชนในการจัดทำแผนพัฒนาท้องถิ่น", "จัดอบรมเสริมสร้างคุณธรรมจริยธรรมให้บุคลากร",
        "ปฏิบัติตามนโยบายไม่รับของขวัญและของกำนัล (No Gift Policy)", "รายงานผลการใช้จ่ายงบประมาณรอบหกเดือนและประจำปีต่อสาธารณะ",
    ];

    private static readonly string[] StepTexts =
    [
        "แต่งตั้งคณะทำงานและมอบหมายผู้รับผิดชอบ", "จัดทำแผนและกำหนดกรอบระยะเวลาการดำเนินงาน", "ดำเนินการตามแผนและเผยแพร่ผลให้ประชาชนทราบ",
        "ติดตามและรายงานผลต่อผู้บริหาร", "ประเมินผลและปรับปรุงการดำเนินงานในปีถัดไป",
    ];

    private static readonly DateTimeOffset Now = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    public BulkBlock Build(IReadOnlyList<int> numbers)
    {
        var block = new BulkBlock();
        var orgId = (int)ids.Take("Organizations", numbers.Count);
        foreach (var n in numbers)
        {
            AddOrganization(block, n, orgId++);
        }

        return block;
    }

    public static string Slug(int n) => "bench-" + n.ToString("D4", CultureInfo.InvariantCulture);

    private void AddOrganization(BulkBlock block, int n, int orgId)
    {
        var kind = n % 7 == 0 ? OrganizationKind.SubdistrictMunicipality : OrganizationKind.Sao;
        var slug = Slug(n);
        var created = Now.AddYears(-4).AddMinutes(n);
        block.Organizations.Add(new Organization
        {
            Id = orgId, Slug = slug, Kind = kind, Province = Provinces[n % Provinces.Length], District = "อำเภอเมือง", CreatedAt = created,
            Name = $"{kind.Thai()}{First[n % First.Length]}{Second[(n / First.Length) % Second.Length]} ({BulkText.Number(n)})",
        });

        var departmentNames = CreateOrganization.DefaultDepartments.Concat(ExtraDepartments).Take(departmentsEach).ToList();
        var firstDepartment = (int)ids.Take("Departments", departmentNames.Count);
        var departments = departmentNames.Select((name, i) => new Department { Id = firstDepartment + i, OrganizationId = orgId, Name = name, SortOrder = i + 1 }).ToList();
        block.Departments.AddRange(departments);

        var firstCategory = (int)ids.Take("DocumentCategories", DefaultCategories.All.Count);
        var categories = DefaultCategories.All.Select((d, i) => new DocumentCategory
        {
            Id = firstCategory + i, OrganizationId = orgId, Slug = d.Slug, Name = d.Name, NameEnglish = d.English, Hint = d.Hint,
            SortOrder = (i + 1) * 10, IsNews = d.IsNews,
        }).ToList();
        block.Categories.AddRange(categories);

        // Everything that goes public, in time order, becomes the organization's ledger.
        var publications = new List<(DateTimeOffset At, string Type, string Item, string Content, List<LedgerFileHash> Files, string Title)>();
        AddDocuments(block, n, orgId, slug, departments, categories, publications);
        AddMeasures(block, n, orgId, slug, departments, publications);

        var previous = PublicationLedger.Genesis;
        var sequence = 0L;
        var firstEntry = ids.Take("LedgerEntries", publications.Count);
        var fileCount = publications.Sum(p => p.Files.Count);
        var firstFile = ids.Take("LedgerFiles", fileCount);
        foreach (var p in publications.OrderBy(p => p.At).ThenBy(p => p.Type, StringComparer.Ordinal).ThenBy(p => p.Item, StringComparer.Ordinal))
        {
            var entry = new LedgerEntry
            {
                Id = firstEntry++, OrganizationId = orgId, Sequence = ++sequence,
                At = new DateTimeOffset(p.At.UtcTicks - (p.At.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero),
                ItemType = p.Type, ItemId = p.Item, Action = LedgerActions.Publish, ContentSha256 = p.Content, PreviousHash = previous, Hash = "",
                Title = p.Title.Length > 500 ? p.Title[..500] : p.Title,
                Files = p.Files.OrderBy(f => f.Name, StringComparer.Ordinal)
                    .Select(f => new LedgerFile { Id = firstFile++, OrganizationId = orgId, Name = f.Name, Sha256 = f.Sha256, FileName = f.FileName }).ToList(),
            };
            entry.Hash = PublicationLedger.HashOf(entry);
            foreach (var file in entry.Files)
            {
                file.EntryId = entry.Id;
            }

            previous = entry.Hash;
            block.LedgerEntries.Add(entry);
            block.LedgerFiles.AddRange(entry.Files);
        }

        // Every append bumps the stamp; the first creates it at 1.
        block.Stamps.Add(new ContentStamp { OrganizationId = orgId, Version = sequence });
    }

    private void AddDocuments(
        BulkBlock block, int n, int orgId, string slug, List<Department> departments, List<DocumentCategory> categories,
        List<(DateTimeOffset, string, string, string, List<LedgerFileHash>, string)> publications)
    {
        var firstDocument = (int)ids.Take("Documents", documentsEach);
        var attachmentCounts = Enumerable.Range(0, documentsEach).Select(i => (i + n) % 3 == 0 ? 2 : 1).ToList();
        var firstAttachment = (int)ids.Take("Attachments", attachmentCounts.Sum());
        var firstVersion = (int)ids.Take("DocumentVersions", documentsEach * 2);
        var firstSearch = ids.Take("SearchEntries", documentsEach);
        for (var i = 0; i < documentsEach; i++)
        {
            var fiscalYear = FiscalYears[i % FiscalYears.Length];
            // Spread over the fiscal year the document is about (Oct of the previous CE year .. Sep), never in the future.
            var yearStart = new DateTimeOffset(fiscalYear - 543 - 1, 10, 1, 2, 0, 0, TimeSpan.Zero);
            var published = yearStart.AddMinutes(((long)(i * 7919 + n * 104729) % 525000));
            if (published > Now)
            {
                published = Now.AddMinutes(-(documentsEach - i) * 37 - n % 1000);
            }

            var created = published.AddMinutes(-30);
            var subject = BulkText.Subjects[(i + n) % BulkText.Subjects.Length];
            var numberPart = BulkText.Number(i + 1) + "/" + BulkText.Number(fiscalYear);
            var summary = BulkText.Summary((i * 7 + n) % BulkText.SummaryVariants);
            var body = BulkText.BodyHtml((i * 13 + n * 3) % BulkText.BodyVariants);
            var document = new Document
            {
                Id = firstDocument + i, OrganizationId = orgId, CategoryId = categories[(i + n) % categories.Count].Id,
                DepartmentId = departments[i % departments.Count].Id, FiscalYear = fiscalYear,
                Title = subject + " ฉบับที่ " + numberPart, Summary = summary, BodyHtml = body,
                Status = DocumentStatus.Published, PublishedAt = published, CreatedAt = created, UpdatedAt = published,
                CreatedBy = "bench-generator", Version = 2,
            };

            var texts = new List<string>();
            for (var a = 0; a < attachmentCounts[i]; a++)
            {
                var file = files[(i + a + n) % files.Count];
                var text = BulkText.AttachmentText((i * 31 + a * 17 + n * 11) % BulkText.AttachmentVariants);
                texts.Add(text);
                document.Attachments.Add(new Attachment
                {
                    Id = firstAttachment++, OrganizationId = orgId, DocumentId = document.Id, FileKey = file.Key, FileName = file.FileName,
                    ContentType = "application/pdf", Kind = "pdf", SizeBytes = file.Size, Sha256 = file.Sha256, SortOrder = a + 1,
                    UploadedAt = created, TextState = TextState.Done, ExtractedText = text,
                });
            }

            block.Documents.Add(document);
            block.Attachments.AddRange(document.Attachments);
            // SaveDocument keeps version 1 (the draft), PublishDocument version 2 (published).
            document.Status = DocumentStatus.Draft;
            block.Versions.Add(SaveDocumentVersion(document, firstVersion++, 1, created));
            document.Status = DocumentStatus.Published;
            block.Versions.Add(SaveDocumentVersion(document, firstVersion++, 2, published));

            publications.Add((published, LedgerItemTypes.Document, BulkText.Number(document.Id), DocumentContent.Sha256(document),
                DocumentContent.Files(document).ToList(), document.Title));

            // DocumentIndexer's text: summary, the body's plain text, each attachment's text, one per line.
            var plainBody = BulkText.PlainBody(body);
            var fullText = summary + "\n" + plainBody + string.Concat(texts.Select(t => "\n" + t));
            var titleTokens = BulkText.TokensOf(subject).Concat(BulkText.TokensOf("ฉบับที่")).Concat(BulkText.TokensOf(numberPart)).ToList();
            var bodyTokens = BulkText.TokensOf(summary).Concat(BulkText.TokensOf(plainBody)).Concat(texts.SelectMany(BulkText.TokensOf))
                .Take(SearchIndex.MaxBodyTokens).ToList();
            var entry = new SearchEntry
            {
                Id = firstSearch++, OrganizationId = orgId, ItemType = LedgerItemTypes.Document, ItemId = BulkText.Number(document.Id),
                Title = document.Title, Url = DocumentIndexer.Url(slug, document.Id), CategoryId = document.CategoryId, FiscalYear = fiscalYear,
                Text = ThaiSegmenter.Normalize(fullText), TitleTokens = string.Join(' ', titleTokens), BodyTokens = string.Join(' ', bodyTokens),
                PublishedAt = published, UpdatedAt = published,
            };
            block.SearchEntries.Add((entry, SearchSyntax.TsVector(titleTokens, bodyTokens)));
        }
    }

    /// <summary>The same fields SaveDocument.VersionOf copies (it is internal to Core, and takes the number from the row).</summary>
    private static DocumentVersion SaveDocumentVersion(Document d, int id, int number, DateTimeOffset at) => new()
    {
        Id = id, OrganizationId = d.OrganizationId, DocumentId = d.Id, Number = number, Title = d.Title, Summary = d.Summary,
        BodyHtml = d.BodyHtml, CategoryId = d.CategoryId, DepartmentId = d.DepartmentId, FiscalYear = d.FiscalYear, Status = d.Status,
        AttachmentList = string.Join('\n', d.Attachments.OrderBy(a => a.Id).Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Id}:{a.Sha256}:{a.FileName}"))),
        SavedAt = at, SavedBy = d.CreatedBy,
    };

    private void AddMeasures(
        BulkBlock block, int n, int orgId, string slug, List<Department> departments,
        List<(DateTimeOffset, string, string, string, List<LedgerFileHash>, string)> publications)
    {
        const int measuresEach = 8;
        const int stepsEach = 3;
        var firstPlan = (int)ids.Take("MeasurePlans", FiscalYears.Length);
        var firstMeasure = (int)ids.Take("Measures", FiscalYears.Length * measuresEach);
        var firstStep = (int)ids.Take("MeasureSteps", FiscalYears.Length * measuresEach * stepsEach);
        var firstResult = (int)ids.Take("MeasureResults", FiscalYears.Length * measuresEach);
        var firstLink = (int)ids.Take("MeasureDepartments", FiscalYears.Length * measuresEach);
        var firstProgress = (int)ids.Take("ProgressEntries", FiscalYears.Length * measuresEach * stepsEach);
        var firstEvidence = (int)ids.Take("Evidence", FiscalYears.Length * measuresEach * stepsEach);
        var firstReport = (int)ids.Take("MeasureReportVersions", FiscalYears.Length);
        var firstSearch = ids.Take("SearchEntries", FiscalYears.Length);
        foreach (var fiscalYear in FiscalYears)
        {
            var ceStart = fiscalYear - 543 - 1;
            // The current year (2570, from Oct 2026) is under way: its first step of each measure is done.
            var current = fiscalYear == FiscalYears[^1];
            var publishedAt = current ? new DateTimeOffset(2026, 11, 15, 3, 0, 0, TimeSpan.Zero).AddMinutes(n % 600)
                : new DateTimeOffset(ceStart + 1, 10, 15, 3, 0, 0, TimeSpan.Zero).AddMinutes(n % 600);
            var plan = new MeasurePlan
            {
                Id = firstPlan++, OrganizationId = orgId, FiscalYear = fiscalYear, UpdatedAt = publishedAt,
                Title = $"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {BulkText.Number(fiscalYear)}",
                Introduction = "เพื่อยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) หน่วยงานจึงกำหนดมาตรการดังต่อไปนี้",
            };
            block.Plans.Add(plan);
            for (var m = 0; m < measuresEach; m++)
            {
                var measure = new Measure
                {
                    Id = firstMeasure++, OrganizationId = orgId, PlanId = plan.Id, SortOrder = m + 1, Number = BulkText.Number(m + 1),
                    Title = MeasureTitles[(m + n) % MeasureTitles.Length], AllDepartments = m % 3 == 0,
                    PeriodText = $"ตุลาคม {BulkText.Number(fiscalYear - 1)} – กันยายน {BulkText.Number(fiscalYear)}",
                    PeriodStart = new DateOnly(ceStart, 10, 1), PeriodEnd = new DateOnly(ceStart + 1, 9, 1),
                    Outcome = "ประชาชนเข้าถึงข้อมูลของหน่วยงานได้สะดวกและตรวจสอบได้",
                    Indicators = BulkText.Number(1 + m % 9) + "," + BulkText.Number(10),
                };
                plan.Measures.Add(measure);
                if (!measure.AllDepartments)
                {
                    measure.Departments.Add(new MeasureDepartment { Id = firstLink++, OrganizationId = orgId, MeasureId = measure.Id, DepartmentId = departments[m % departments.Count].Id });
                }
                else
                {
                    firstLink++;
                }

                for (var s = 0; s < stepsEach; s++)
                {
                    var done = !current || s == 0;
                    var doneOn = new DateOnly(ceStart, 11, 1).AddMonths(current ? 0 : s * 3 + m % 3);
                    var step = new MeasureStep
                    {
                        Id = firstStep++, OrganizationId = orgId, MeasureId = measure.Id, SortOrder = s + 1,
                        Text = StepTexts[(s + m) % StepTexts.Length], IsDone = done, DoneOn = done ? doneOn : null,
                    };
                    var progressId = firstProgress++;
                    var evidenceId = firstEvidence++;
                    if (done)
                    {
                        var progress = new ProgressEntry
                        {
                            Id = progressId, OrganizationId = orgId, StepId = step.Id, Date = doneOn, AuthorName = "เจ้าหน้าที่สำนักปลัด",
                            Text = "ดำเนินการแล้วเสร็จตามแผน และรายงานผลต่อผู้บริหารเรียบร้อยแล้ว",
                            CreatedAt = new DateTimeOffset(doneOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
                        };
                        progress.Evidence.Add(new Evidence
                        {
                            Id = evidenceId, OrganizationId = orgId, ProgressEntryId = progress.Id, Kind = EvidenceKind.Url,
                            Title = "ภาพกิจกรรมและรายงานผล", Url = $"https://{slug}.example.go.th/activity/{BulkText.Number(step.Id)}", EffectiveDate = doneOn,
                        });
                        step.Progress.Add(progress);
                        block.Progress.Add(progress);
                        block.Evidence.AddRange(progress.Evidence);
                    }

                    measure.Steps.Add(step);
                    block.Steps.Add(step);
                }

                var resultId = firstResult++;
                if (!current)
                {
                    measure.Results.Add(new MeasureResult { Id = resultId, OrganizationId = orgId, MeasureId = measure.Id, SortOrder = 1, Text = "ดำเนินการครบทุกขั้นตอนตามแผน ผลการประเมินเป็นไปตามเป้าหมาย" });
                }

                block.Measures.Add(measure);
                block.MeasureDepartments.AddRange(measure.Departments);
                block.Results.AddRange(measure.Results);
            }

            // PublishMeasuresReport's snapshot, from BuildMeasuresReport.Build over the same rows; no DOCX/PDF is stored.
            var report = BuildMeasuresReport.Build(slug, plan, departments, DateOnly.FromDateTime(publishedAt.UtcDateTime), 1, null) with { PublishedAt = publishedAt };
            var json = MeasuresReportJson.Serialize(report);
            var version = new MeasureReportVersion
            {
                Id = firstReport++, OrganizationId = orgId, PlanId = plan.Id, FiscalYear = fiscalYear, Version = 1, PublishedAt = publishedAt,
                PublishedBy = "bench-generator", SnapshotJson = json, SnapshotSha256 = Canonical.Sha256Of(json),
                PdfProblem = "bulk-generated version: no DOCX/PDF stored",
            };
            block.ReportVersions.Add(version);
            var title = report.Title.Length > 0 ? report.Title : $"มาตรการ ปีงบประมาณ {BulkText.Number(fiscalYear)}";
            publications.Add((publishedAt, LedgerItemTypes.MeasuresReport, BulkText.Number(version.Id), version.SnapshotSha256, [], title));

            // MeasuresReportIndexer's entry for the latest version of the plan.
            var (snapshotTitle, text) = MeasuresReportIndexer.ReadSnapshot(json);
            var entryTitle = string.IsNullOrWhiteSpace(snapshotTitle)
                ? $"รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ {BulkText.Number(fiscalYear)}"
                : snapshotTitle;
            var normalized = ThaiSegmenter.Normalize(text);
            var titleTokens = ThaiSegmenter.Tokenize(ThaiSegmenter.Normalize(entryTitle)).Select(t => t.Value).ToList();
            var bodyTokens = ThaiSegmenter.Tokenize(normalized).Take(SearchIndex.MaxBodyTokens).Select(t => t.Value).ToList();
            var entry = new SearchEntry
            {
                Id = firstSearch++, OrganizationId = orgId, ItemType = LedgerItemTypes.MeasuresReport, ItemId = BulkText.Number(version.Id),
                Title = entryTitle.Length > 500 ? entryTitle[..500] : entryTitle, Url = $"/{slug}/measures/{BulkText.Number(fiscalYear)}",
                FiscalYear = fiscalYear, Text = normalized, TitleTokens = string.Join(' ', titleTokens), BodyTokens = string.Join(' ', bodyTokens),
                PublishedAt = publishedAt, UpdatedAt = publishedAt,
            };
            block.SearchEntries.Add((entry, SearchSyntax.TsVector(titleTokens, bodyTokens)));
        }
    }
}

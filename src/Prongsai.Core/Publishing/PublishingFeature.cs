using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Prongsai.Core.Common;
using Prongsai.Core.Features;
using Prongsai.Core.Ledger;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing.Jobs;
using Prongsai.Core.Search;

namespace Prongsai.Core.Publishing;

/// <summary>The organization's website: documents, about pages, executives, search and the publication ledger.</summary>
public sealed class PublishingFeature : IFeature
{
    public void Register(FeatureBuilder feature)
    {
        feature.DepartmentScopedPermission(PublishingPermissions.PublishDocuments, "เผยแพร่เอกสารบนเว็บไซต์",
            "Publish documents on the portal (department roles: own departments only)",
            OrgRole.OrgAdmin, OrgRole.Executive, OrgRole.DepartmentHead, OrgRole.DepartmentStaff);

        feature
            .MenuEntry(StaffMenuGroup.Work, 20, "documents", "เอกสารเผยแพร่", "Documents", PublishingPermissions.PublishDocuments)
            .MenuEntry(StaffMenuGroup.Website, 20, "executives", "ผู้บริหาร", "Executives", OrganizationPermissions.ManageOrganizationProfile)
            .MenuEntry(StaffMenuGroup.Website, 30, "pages", "หน้าเว็บไซต์", "Site pages", OrganizationPermissions.ManageOrganizationProfile);

        var services = feature.Services;
        services.AddOptions<UploadOptions>().BindConfiguration("Prongsai:Uploads")
            .Checked("Prongsai:Uploads", rules => rules
                .Whole(nameof(UploadOptions.MaxBytes), o => o.MaxBytes, 1, long.MaxValue / 2)
                .Whole(nameof(UploadOptions.MaxFilesPerSave), o => o.MaxFilesPerSave, 1, 1000));
        services.TryAddSingleton<IAttachmentTextExtractor, NoTextExtractor>();
        services.AddScoped<SearchIndex>();
        services.AddScoped<PlatformSearch>();
        services.AddScoped<SearchIndexRefresh>();
        services.AddScoped<AttachmentTextRetry>();
        services.AddScoped<PublicationLedger>();
        services.AddScoped<LedgerVerifier>();
        feature.UseCase<StagedUploads>()
            .UseCase<SaveDocument>()
            .UseCase<PublishDocument>()
            .UseCase<DocumentPublicationPreview>()
            .UseCase<DeleteDocument>()
            .UseCase<ManageExecutives>()
            .UseCase<DeleteExecutive>()
            .UseCase<DocumentIndexer>()
            .UseCase<OrganizationPages>()
            .UseCase<ManageSearchSynonyms>()
            .UseCase<DownloadCounter>()
            .UseCase<DepartmentManuals>()
            .Job<ScheduledDocumentsJob>()
            .Job<AttachmentTextJob>()
            .LedgerSource<DocumentLedgerSource>()
            .EvidenceSource<DocumentEvidenceSource>()
            .EvidenceSource<AboutPageEvidenceSource>()
            .EvidenceSource<SocialNetworkEvidenceSource>()
            .DashboardCard<DocumentsCard>()
            .TrashKind<DocumentTrash>()
            .TrashKind<ExecutiveTrash>()
            .TrashKind<ExecutivePhotoTrash>()
            .TrashKind<EmblemTrash>()
            .DemoContent<PublishingDemoContent>();
    }
}

using Prongsai.Core.Common;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Assets;

/// <summary>
/// Who keeps the property register: holders of <see cref="AssetsPermissions.ManageAssets"/> with an organization-wide
/// role, or in a finance department (งานพัสดุ sits in กองคลัง; the same departments as budget and procurement,
/// <see cref="FinanceAccess"/>).
/// </summary>
public sealed class AssetKeepers(FinanceAccess finance)
{
    public Task<Error?> CheckAsync(StaffActor actor, CancellationToken cancellationToken = default) =>
        finance.CheckAsync(actor, AssetsPermissions.ManageAssets, cancellationToken);

    public async Task<bool> IsKeeperAsync(StaffActor actor, CancellationToken cancellationToken = default) =>
        await CheckAsync(actor, cancellationToken) is null;
}

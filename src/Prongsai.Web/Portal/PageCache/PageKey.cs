namespace Prongsai.Web.Portal.PageCache;

/// <summary>
/// What a stored page depends on: the address as asked (host, path, query), the language it was rendered in, and
/// the organization's content stamp — a publication bumps the stamp, so the old copies are simply never asked for
/// again and age out.
/// </summary>
public readonly record struct PageKey(string Host, string Path, string Query, string Language, int OrganizationId, long Stamp);

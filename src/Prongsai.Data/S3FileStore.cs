using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Prongsai.Core.Common;
using Prongsai.Core.Storage;

namespace Prongsai.Data;

/// <summary>
/// Prongsai:Files:S3 settings: any S3-compatible service (MinIO, Ceph, AWS). Bound and checked at start (<see cref="Rules"/>)
/// only when Prongsai:Files:Store is S3 (<see cref="DataServices"/>).
/// </summary>
public sealed class S3FileStoreOptions
{
    public const string Section = "Prongsai:Files:S3";

    /// <summary>The most keys S3 sends in one listing.</summary>
    public const int MaxListPageSize = 1000;

    public string? ServiceUrl { get; set; }
    public string Bucket { get; set; } = "prongsai";
    public string? AccessKey { get; set; }
    public string? SecretKey { get; set; }
    public string Region { get; set; } = "us-east-1";

    /// <summary>Path-style addressing (http://host/bucket/key), which MinIO and most self-hosted services expect.</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>Keys per listing request (S3 sends at most 1,000); the sweep of unconfirmed imports lists page by page.</summary>
    public int ListPageSize { get; set; } = MaxListPageSize;

    /// <summary>What the store needs to reach its bucket, and a page size S3 can send. The keys' values are never echoed.</summary>
    public static void Rules(SettingRules<S3FileStoreOptions> rules) => rules
        .Must(nameof(ServiceUrl), o => !string.IsNullOrWhiteSpace(o.ServiceUrl), Required.Thai, Required.English)
        .Must(nameof(Bucket), o => !string.IsNullOrWhiteSpace(o.Bucket), Required.Thai, Required.English)
        .Must(nameof(AccessKey), o => !string.IsNullOrWhiteSpace(o.AccessKey), Required.Thai, Required.English)
        .Must(nameof(SecretKey), o => !string.IsNullOrWhiteSpace(o.SecretKey), Required.Thai, Required.English)
        .Whole(nameof(ListPageSize), o => o.ListPageSize, 1, MaxListPageSize);

    private static readonly (string Thai, string English) Required =
        ("ต้องระบุเมื่อ Prongsai:Files:Store เป็น S3", "is required when Prongsai:Files:Store is S3");
}

/// <summary>
/// Files in an S3-compatible bucket, for several app nodes without shared disk. Keys have the same
/// shape as the local store's, so stored keys move between stores unchanged.
/// </summary>
public sealed class S3FileStore : IFileStore, IDisposable
{
    private readonly AmazonS3Client client;
    private readonly string bucket;
    private readonly int listPageSize;

    public S3FileStore(S3FileStoreOptions options)
    {
        bucket = options.Bucket;
        // Options made in code are not checked at start: kept within what S3 sends all the same.
        listPageSize = Math.Clamp(options.ListPageSize, 1, S3FileStoreOptions.MaxListPageSize);
        var config = new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = options.Region,
            // Checksums only where S3 requires them: many S3-compatible servers do not decode the
            // aws-chunked bodies with trailing checksums that the SDK sends by default.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        client = new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }

    public async Task<string> SaveAsync(string folder, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        var key = FileKeys.New(folder, fileName);
        // The client needs the length up front; uploads are already bounded by the upload limit.
        Stream body = content;
        if (!content.CanSeek)
        {
            body = new MemoryStream();
            await content.CopyToAsync(body, cancellationToken);
            body.Position = 0;
        }

        await client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, InputStream = body, AutoCloseStream = false, UseChunkEncoding = false }, cancellationToken);
        return key;
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!FileKeys.IsValid(key))
        {
            return null;
        }

        try
        {
            using var response = await client.GetObjectAsync(bucket, key, cancellationToken);
            // Copied out so the caller may seek (hashing, ranges) and the connection goes back to the pool.
            var copy = new MemoryStream();
            await response.ResponseStream.CopyToAsync(copy, cancellationToken);
            copy.Position = 0;
            return copy;
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        if (FileKeys.IsValid(key))
        {
            await client.DeleteObjectAsync(bucket, key, cancellationToken);
        }
    }

    public async IAsyncEnumerable<StoredFile> ListAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!FileKeys.IsFolder(folder))
        {
            yield break;
        }

        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = folder + "/", MaxKeys = listPageSize };
        do
        {
            var page = await client.ListObjectsV2Async(request, cancellationToken);
            foreach (var item in page.S3Objects ?? [])
            {
                if (FileKeys.IsValid(item.Key))
                {
                    yield return new StoredFile(item.Key, item.LastModified is { } modified ? new DateTimeOffset(modified.ToUniversalTime()) : DateTimeOffset.MinValue);
                }
            }

            request.ContinuationToken = page.NextContinuationToken;
        }
        while (!string.IsNullOrEmpty(request.ContinuationToken));
    }

    public void Dispose() => client.Dispose();
}

using Prongsai.Core.Storage;

namespace Prongsai.Tests.Storage;

/// <summary>
/// A save that fails half-way (the disk full, the upload cut off) leaves nothing behind: the sweep of orphan files only
/// knows stored names, so a half-written ".part" used to stay on the disk for good.
/// </summary>
public sealed class LocalFileStoreFailureTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("prongsai-store-failure-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task A_save_that_fails_half_way_leaves_no_half_written_file()
    {
        var store = new LocalFileStore(root);

        await Assert.ThrowsAsync<IOException>(() => store.SaveAsync("documents/7", "scan.pdf", new FailingStream(), CancellationToken.None));

        Assert.Empty(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories));
    }

    /// <summary>Gives 64 KB, then fails as a full disk or a dropped connection does.</summary>
    private sealed class FailingStream : Stream
    {
        private int given;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => given; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (given >= 65_536)
            {
                throw new IOException("No space left on device");
            }

            var n = Math.Min(count, 65_536 - given);
            Array.Fill(buffer, (byte)'x', offset, n);
            given += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

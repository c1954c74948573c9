namespace Prongsai.Core.Publishing;

/// <summary>The payload of a replaced photo or emblem in the trash: the file-store key of the image that was replaced.</summary>
public sealed record ReplacedImage(string FileKey);

namespace GoodPractices.Search.Storage;

/// <summary>The index folder cannot be used as it is; the message is one line that says what to do.</summary>
public sealed class IndexFolderException(string message) : Exception(message)
{
    internal static IndexFolderException CannotWrite(string indexRoot) =>
        new($"{indexRoot} cannot be written to; give the user running the build write access to it, or choose another --out folder.");
}

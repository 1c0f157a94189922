using System.Runtime.InteropServices;

namespace RoadmapSite.Output;

/// <summary>
/// Swaps two files' contents in one atomic rename (Linux's <c>renameat2</c> with
/// <c>RENAME_EXCHANGE</c>). A reader of either path sees the old file or the new one, never
/// neither; and the replaced file lives on under the other name, its disk blocks kept for reuse
/// instead of freed.
/// </summary>
internal static partial class FileSwap
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint Exchange = 2; // RENAME_EXCHANGE
    private static bool _unsupported = !OperatingSystem.IsLinux();

    /// <summary>
    /// Swaps the files at two paths on one file system. Returns false, having changed nothing, where
    /// the system or file system cannot.
    /// </summary>
    public static bool TryExchange(string first, string second)
    {
        if (_unsupported) return false;
        try
        {
            if (RenameAt2(CurrentDirectory, first, CurrentDirectory, second, Exchange) == 0) return true;
        }
        catch (EntryPointNotFoundException)
        {
            // A C library older than glibc 2.28.
            _unsupported = true;
            return false;
        }
        var error = Marshal.GetLastPInvokeError();
        // EINVAL: the file system has no exchange; ENOSYS: the kernel has no renameat2.
        if (error is 22 or 38)
        {
            _unsupported = true;
            return false;
        }
        throw new IOException($"Could not swap {first} and {second}: {Marshal.GetPInvokeErrorMessage(error)}");
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}

using System.Text;

namespace CorpusGenerator.Writing;

/// <summary>Writes generated files: UTF-8 without byte-order mark, LF line ends, folders made on demand.</summary>
public static class OutputFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }

    /// <summary>Removes a folder a previous run generated, so no stale file survives.</summary>
    public static void Clear(string directory)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
    }
}

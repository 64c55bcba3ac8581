/// One change to a copy of the bundled example content (`content/`), as a diagnostic's example
/// or fix describes it. Paths are relative to the content folder. The Diagnostics tests apply
/// these to a copy of the examples, so every documented example is one that really happens.
public enum ContentEdit: Sendable, Hashable {
    /// Text encodings a file may be saved in.
    public enum Encoding: String, Sendable, Hashable {
        case utf8 = "UTF-8"
        case windows1252 = "Windows-1252"
    }

    /// Replaces `old`, which must occur exactly once in `file`, with `new`.
    case replace(file: String, old: String, new: String)
    /// Creates `file` (and its folders) holding `text`, or replaces what it held.
    case write(file: String, text: String)
    /// Deletes a file or a folder.
    case remove(file: String)
    /// Renames a file or a folder.
    case move(from: String, to: String)
    /// Makes `file` a symbolic link to `target`.
    case symlink(file: String, target: String)
    /// Makes `file` a named pipe (`mkfifo`).
    case namedPipe(file: String)
    /// Saves `file`, held in one encoding, in another.
    case convert(file: String, from: Encoding, to: Encoding)
}

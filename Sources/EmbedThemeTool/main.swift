// Writes the Swift file that embeds the built-in theme (Sources/Site/Theme/) in the Site module,
// or the files `escalate init` writes (Sources/Starter/Files/) in Starter, so the binary needs
// no resource bundle beside it. Run by the EmbedTheme build-tool plugin:
//
//     EmbedThemeTool THEME_FOLDER OUTPUT.swift RELATIVE_PATH...
//
// Each file becomes one escaped string literal holding its exact bytes (the files must be
// UTF-8). Only the standard library and libc, so the tool adds little to a clean build.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

func fail(_ message: String) -> Never {
    let line = Array("error: EmbedTheme: \(message)\n".utf8)
    _ = write(2, line, line.count)
    exit(1)
}

func readBytes(_ path: String) -> [UInt8] {
    guard let file = fopen(path, "rb") else { fail("cannot open \(path)") }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, file)
        if n > 0 { bytes += buffer[0..<n] }
        if n < buffer.count {
            if ferror(file) != 0 { fail("cannot read \(path)") }
            break
        }
    }
    return bytes
}

func writeIfChanged(_ path: String, _ text: String) {
    if let file = fopen(path, "rb") {
        fclose(file)
        if readBytes(path) == Array(text.utf8) { return }
    }
    guard let file = fopen(path, "wb") else { fail("cannot write \(path)") }
    let bytes = Array(text.utf8)
    if fwrite(bytes, 1, bytes.count, file) != bytes.count { fail("cannot write \(path)") }
    if fclose(file) != 0 { fail("cannot write \(path)") }
}

/// A Swift string literal with exactly these scalars: everything outside printable ASCII is
/// written as an escape, so nothing in the file can be changed by an editor or the compiler.
extension String {
    func replacingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}

func literal(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        case " "..."~": out.unicodeScalars.append(scalar)
        default: out += "\\u{" + String(scalar.value, radix: 16) + "}"
        }
    }
    return out + "\""
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else { fail("usage: EmbedThemeTool THEME_FOLDER OUTPUT.swift RELATIVE_PATH...") }
let folder = arguments[1], output = arguments[2]
// The enum is named after the output file (EmbeddedTheme.swift, EmbeddedFiles.swift), and the
// comment after the folder's place in the package (Sources/Site/Theme).
let enumName = String(output.split(separator: "/").last ?? "EmbeddedTheme.swift").replacingSuffix(".swift")
let shownFolder = folder.split(separator: "/").suffix(3).joined(separator: "/")
var swift = """
    // Generated at build time by the EmbedTheme plugin (Plugins/EmbedTheme) from the files in
    // \(shownFolder)/. Do not edit: edit those files.

    enum \(enumName) {
        /// Every file of `\(shownFolder)/` by its path there, with its exact bytes as text.
        static let files: [(path: String, text: String)] = [

    """
for path in arguments.dropFirst(3).sorted() {
    let bytes = readBytes(folder + "/" + path)
    guard let text = String(validating: bytes, as: UTF8.self) else { fail("\(folder)/\(path) is not UTF-8 text") }
    swift += "        (\(literal(path)), \(literal(text))),\n"
}
swift += "    ]\n}\n"
writeIfChanged(output, swift)

import Diagnostics
import Foundation

/// Applies the catalogue's edits to a content folder on disk.
extension ContentEdit {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    public func apply(in content: URL) throws {
        let fm = FileManager.default
        func url(_ path: String) -> URL { content.appendingPathComponent(path) }
        switch self {
        case .replace(let file, let old, let new):
            let text = try String(contentsOf: url(file), encoding: .utf8)
            let count = text.components(separatedBy: old).count - 1
            guard count == 1 else {
                throw Failure(description: "catalogue bug: \(file) holds \(count) copies of \(old.debugDescription), not one")
            }
            // Whole lines only, so that docs/diagnostics.md shows each change as it reads in the file.
            let start = text.range(of: old)!.lowerBound
            guard old.hasSuffix("\n"), new.isEmpty || new.hasSuffix("\n"),
                  start == text.startIndex || text[text.index(before: start)] == "\n" else {
                throw Failure(description: "catalogue bug: in \(file), replace whole lines, not \(old.debugDescription) with \(new.debugDescription)")
            }
            try text.replacingOccurrences(of: old, with: new).write(to: url(file), atomically: true, encoding: .utf8)
        case .write(let file, let text):
            try fm.createDirectory(at: url(file).deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url(file), atomically: true, encoding: .utf8)
        case .remove(let file):
            try fm.removeItem(at: url(file))
        case .move(let from, let to):
            try fm.moveItem(at: url(from), to: url(to))
        case .symlink(let file, let target):
            try fm.createDirectory(at: url(file).deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.createSymbolicLink(atPath: url(file).path, withDestinationPath: target)
        case .namedPipe(let file):
            try fm.createDirectory(at: url(file).deletingLastPathComponent(), withIntermediateDirectories: true)
            guard mkfifo(url(file).path, 0o644) == 0 else { throw Failure(description: "mkfifo \(file) failed: errno \(errno)") }
        case .convert(let file, let from, let to):
            let bytes = [UInt8](try Data(contentsOf: url(file)))
            try Data(Self.encode(Self.decode(bytes, from), to)).write(to: url(file))
        }
    }

    static func decode(_ bytes: [UInt8], _ encoding: Encoding) throws -> String {
        switch encoding {
        case .utf8:
            guard let text = String(validating: bytes, as: UTF8.self) else { throw Failure(description: "not UTF-8") }
            return text
        case .windows1252:
            var text = ""
            for byte in bytes {
                if let scalar = Windows1252.fromByte[byte] { text.unicodeScalars.append(scalar) }
                else if byte < 0x80 || byte >= 0xA0 { text.unicodeScalars.append(Unicode.Scalar(byte)) }
                else { throw Failure(description: "byte 0x\(String(byte, radix: 16)) is not Windows-1252") }
            }
            return text
        }
    }

    static func encode(_ text: String, _ encoding: Encoding) throws -> [UInt8] {
        switch encoding {
        case .utf8:
            return Array(text.utf8)
        case .windows1252:
            return try text.unicodeScalars.map { scalar in
                if let byte = Windows1252.toByte[scalar] { return byte }
                if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
                throw Failure(description: "\(scalar) has no Windows-1252 byte")
            }
        }
    }
}

/// The bytes 0x80–0x9F of Windows-1252, where it differs from Latin-1.
enum Windows1252 {
    static let fromByte: [UInt8: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}", 0x86: "\u{2020}",
        0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}", 0x8B: "\u{2039}", 0x8C: "\u{0152}",
        0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}",
        0x96: "\u{2013}", 0x97: "\u{2014}", 0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}",
        0x9C: "\u{0153}", 0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]
    static let toByte: [Unicode.Scalar: UInt8] = Dictionary(uniqueKeysWithValues: fromByte.map { ($0.value, $0.key) })
}

import Foundation

/// The model as published by `escalate model --format json`: the contract other tools read.
/// Bump `currentSchemaVersion` on any change that could break a reader, and say what changed
/// in docs/model-schema.md.
public struct ModelDocument: Sendable, Hashable, Codable {
    public static let schemaName = "escalate-model"
    public static let currentSchemaVersion = 2

    public var schema: String
    public var schemaVersion: Int
    public var procedures: [Procedure]

    public init(procedures: [Procedure]) {
        self.schema = Self.schemaName
        self.schemaVersion = Self.currentSchemaVersion
        self.procedures = procedures
    }

    /// Stable bytes: keys sorted, no escaped slashes, one trailing newline.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    public static func decode(_ data: Data) throws -> ModelDocument {
        try JSONDecoder().decode(ModelDocument.self, from: data)
    }
}

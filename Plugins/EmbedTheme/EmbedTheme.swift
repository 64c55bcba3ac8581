import Foundation
import PackagePlugin

/// Embeds the built-in theme in the target it is applied to (Site): every file under the
/// target's `Theme/` folder becomes a string in a generated `EmbeddedTheme.swift`, so the
/// binary carries its templates, stylesheet and script and needs no resource bundle.
/// The folder is the list: add a file there and it is embedded, exported and tested.
/// A target without `Theme/` has its `Files/` folder embedded the same way, as
/// `EmbeddedFiles` (Starter: what `escalate init` writes).
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SwiftSourceModuleTarget else { return [] }
        let theme = target.directoryURL.appending(path: "Theme")
        let name = FileManager.default.fileExists(atPath: theme.path(percentEncoded: false)) ? "Theme" : "Files"
        let folder = target.directoryURL.appending(path: name)
        let output = context.pluginWorkDirectoryURL.appending(path: "Embedded\(name).swift")
        let paths = try Self.files(in: folder)
        return [.buildCommand(
            displayName: "Embedding \(target.name)'s \(name) folder (\(paths.count) files)",
            executable: try context.tool(named: "EmbedThemeTool").url,
            arguments: [folder.path(percentEncoded: false), output.path(percentEncoded: false)] + paths,
            inputFiles: paths.map { folder.appending(path: $0) },
            outputFiles: [output]
        )]
    }

    /// The regular files below `folder` by relative path, sorted; hidden files are left out.
    static func files(in folder: URL) throws -> [String] {
        let base = folder.standardizedFileURL.path(percentEncoded: false)
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else { return [] }
        var out: [String] = []
        for case let url as URL in walker where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            let path = url.standardizedFileURL.path(percentEncoded: false)
            guard path.hasPrefix(base) else { continue }
            var relative = path.dropFirst(base.count)
            while relative.hasPrefix("/") { relative = relative.dropFirst() }
            out.append(String(relative))
        }
        return out.sorted()
    }
}

import Diagnostics
import Model

/// What reading one policy file gives: the procedure (nil if it could not be built),
/// the fragment ids it defines and the links it makes, for the checks across files.
public struct ReadProcedure: Sendable {
    public var procedure: Procedure?
    public var diagnostics: [Diagnostic]
    /// Fragment ids a link may target: `stage-N` and the GitHub-style slug of every heading.
    public var anchors: Set<String>
    public var links: [Link]
    /// Where the procedure's id is given, for problems that involve other files.
    public var idLocation: SourceLocation?
    /// The file's name inside `policies/` (`002_hips.md`), which links between files use.
    public var fileName = ""
    /// Each `related` procedure id with where it is written, checked once every file is read.
    /// Where the front matter gives `version`, for the archive's checks.
    public var versionLocation: SourceLocation?
    public var relatedProcedures: [(id: String, location: SourceLocation)] = []

    public struct Link: Sendable, Hashable {
        public var destination: String
        public var location: SourceLocation
    }
}

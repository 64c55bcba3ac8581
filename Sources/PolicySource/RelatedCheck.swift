import Diagnostics

extension ContentLoader {
    /// A procedure named in another's `related:` must exist: the page links to it.
    static func relatedChecks(_ reads: [ReadProcedure], ids: [String]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for read in reads {
            for (id, location) in read.relatedProcedures where !ids.contains(id) {
                var help = "name a procedure by the 'id' in its front matter"
                if let near = Suggestion.nearest(to: id, in: ids) { help = "did you mean '\(near)'? " + help }
                help += "; the procedures are: " + ids.joined(separator: ", ")
                out.append(.error(.relatedUnknown, at: location, "'related' names the procedure '\(id)', which the content does not have", help: help))
            }
            if let own = read.procedure?.id, let location = read.relatedProcedures.first(where: { $0.id == own })?.location {
                out.append(.error(.relatedUnknown, at: location, "'related' names this procedure itself",
                                  help: "list other procedures and documents; remove '\(own)'"))
            }
        }
        return out
    }
}

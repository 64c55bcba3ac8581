import Model

/// The reader-relevant differences between two versions of a content folder's procedures:
/// procedures added and removed, and in each procedure kept, its stages, timescales, people,
/// duties, routes and contacts. Built from the two models alone, so wording-only edits to
/// prose do not show, and the result is the same however the files were laid out.
public struct ContentDiff: Sendable, Hashable, Codable {
    /// One entry per procedure that changed, in the newer content's order, removed ones last.
    public var procedures: [ProcedureDiff]

    public var isEmpty: Bool { procedures.isEmpty }

    public init(procedures: [ProcedureDiff]) {
        self.procedures = procedures
    }

    public init(old: [Procedure], new: [Procedure]) {
        var out: [ProcedureDiff] = []
        for p in new {
            guard let before = old.first(where: { $0.id == p.id }) else {
                out.append(ProcedureDiff(id: p.id, title: p.title, status: .added))
                continue
            }
            let changes = ProcedureComparison(old: before, new: p).changes
            if !changes.isEmpty { out.append(ProcedureDiff(id: p.id, title: p.title, status: .changed, changes: changes)) }
        }
        for p in old where !new.contains(where: { $0.id == p.id }) {
            out.append(ProcedureDiff(id: p.id, title: p.title, status: .removed))
        }
        procedures = out
    }
}

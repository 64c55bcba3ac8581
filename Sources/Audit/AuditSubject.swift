/// What part of a procedure's source a check is about, so an annotation can point at it: a
/// front-matter key, a heading, or the file as a whole. The model holds no source positions,
/// so the line is found in the source text afterwards (`AuditLocator`).
public enum AuditSubject: Sendable, Hashable {
    case file
    /// A top-level front-matter key, e.g. `next-review`.
    case frontMatter(String)
    /// The `## Stage N…` heading.
    case stage(Int)
    /// The heading whose slug is the route's anchor.
    case route(anchor: String)
    /// The first of these that is found in the source.
    indirect case first([AuditSubject])
}

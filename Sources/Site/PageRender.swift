import Foundation
import Parallel

/// One page waiting to be rendered: the render itself is independent of every other page (its
/// context is a value, the templates are read only), so a site's pages are rendered on every
/// core and stored in the order they were queued, which keeps the output and its diagnostics
/// the same whatever the number of cores.
struct PageRender: Sendable {
    var file: String
    /// The page's key for the manifest; nil when its context could not be encoded.
    var key: String?
    var template: String
    /// The page's bytes, nil when the template could not be rendered.
    var render: @Sendable () -> Data?

    /// Every job's result, in the jobs' order.
    static func run(_ jobs: [PageRender]) -> [Data?] {
        jobs.concurrentMap { $0.render() }
    }
}

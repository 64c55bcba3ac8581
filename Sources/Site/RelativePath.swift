/// Links between pages are relative, so the site works under any sub-path and opened from disk.
struct RelativePath {
    /// The page's own path inside the site, e.g. `hips/index.html`.
    let page: String

    /// "../" for each folder the page is in.
    var root: String {
        String(repeating: "../", count: page.split(separator: "/").count - 1)
    }

    func to(_ target: String) -> String {
        root + target
    }
}

import FlyingFox
import Foundation

/// Answers the preview's requests: files of the output folder (HTML with the reload script
/// added), the reload script and its wait, and the error page while the content has errors.
struct PreviewHandler: HTTPHandler {
    /// Largest file the preview sends; the build writes nothing near this.
    static let maximumFileSize = 256 << 20

    let root: URL
    let state: PreviewState

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        let path = request.target.path(percentEncoded: true)
        switch path {
        case LiveReload.scriptPath:
            return ok(Data(LiveReload.script.utf8), type: MediaType.of("reload.js"))
        case LiveReload.waitPath:
            let seen = request.query.first { $0.name == "after" }.flatMap { Int($0.value) } ?? -1
            let now = await state.change(after: seen, timeout: LiveReload.waitLimit)
            return ok(Data("\(now)".utf8), type: MediaType.of("generation.txt"))
        default:
            break
        }
        let generation = await state.generation
        if let problems = await state.problems, Self.isPage(path) {
            return HTTPResponse(statusCode: .internalServerError, headers: headers(MediaType.of("page.html")),
                                body: ErrorPage.html(problems: problems, generation: generation))
        }
        if let folder = SitePath.folderWithoutSlash(path, in: root) {
            // The page's relative links resolve against its folder: /herts must become /herts/.
            return HTTPResponse(statusCode: .movedPermanently, headers: [.location: folder, .cacheControl: "no-store"])
        }
        guard let file = SitePath.resolve(path, in: root), let data = Self.read(file) else {
            let page = SitePath.resolve("/404.html", in: root).flatMap(Self.read).map { LiveReload.inject(into: $0, generation: generation) }
            return HTTPResponse(statusCode: .notFound, headers: headers(MediaType.of("404.html")),
                                body: page ?? Data("Not found\n".utf8))
        }
        let type = MediaType.of(file.lastPathComponent)
        return ok(type.hasPrefix("text/html") ? LiveReload.inject(into: data, generation: generation) : data, type: type)
    }

    /// A request for a page rather than an asset: what the error page stands in for.
    static func isPage(_ path: String) -> Bool {
        let last = path.split(separator: "/").last.map(String.init) ?? ""
        return path.hasSuffix("/") || last.hasSuffix(".html") || !last.contains(".")
    }

    static func read(_ file: URL) -> Data? {
        guard let handle = FileHandle(forReadingAtPath: file.path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maximumFileSize + 1), data.count <= maximumFileSize else { return nil }
        return data
    }

    private func ok(_ body: Data, type: String) -> HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: headers(type), body: body)
    }

    /// Never cached: the author reloads to see each save.
    private func headers(_ type: String) -> HTTPHeaders {
        [.contentType: type, .cacheControl: "no-store", HTTPHeader("X-Content-Type-Options"): "nosniff"]
    }
}

import Foundation
import TextTools

/// What the preview shows in place of every page while the content has errors: the problems
/// as the command line prints them (file:line:column, message, help), so the author sees what
/// to fix rather than a stale site that looks fine.
enum ErrorPage {
    static func html(problems: String, generation: Int) -> Data {
        let page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Build stopped: escalate preview</title>
        <style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem}pre{white-space:pre-wrap;background:#f3f2f1;border-left:6px solid #d4351c;padding:1rem;font:15px/1.5 monospace}</style>
        </head>
        <body>
        <h1>The site could not be built</h1>
        <p>The preview shows the problems instead of the last good build. Fix them and save a file in the content folder: this page reloads by itself.</p>
        <pre>\(MarkupEscaping.escape(problems))</pre>
        </body>
        </html>

        """
        return LiveReload.inject(into: Data(page.utf8), generation: generation)
    }
}

import Foundation

/// The page reload of `escalate serve`, added to HTML as it is sent, never written to the
/// output folder: the published site carries no trace of the preview.
public enum LiveReload {
    static let scriptPath = "/__escalate/live-reload.js"
    static let waitPath = "/__escalate/wait"
    /// How long the server holds a wait open when nothing changed (well inside its request timeout).
    static let waitLimit: Duration = .seconds(25)

    /// Asks the server, one long request at a time, for a build newer than the page's; reloads
    /// only on an answer that is a build number other than its own. A failed or odd answer, or a
    /// server that went away, is retried a second later, quietly.
    static let script = """
    (function () {
      var me = document.currentScript, seen = me.getAttribute("data-generation");
      function wait() {
        fetch("\(waitPath)?after=" + encodeURIComponent(seen), { cache: "no-store" })
          .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
          .then(function (now) {
            now = now.trim();
            if (!/^[0-9]+$/.test(now)) { return Promise.reject(now); }
            if (now !== seen) { location.reload(); } else { wait(); }
          })
          .catch(function () { setTimeout(wait, 1000); });
      }
      wait();
    })();

    """

    /// `html` with the reload script before its last `</body>` (or at its end).
    public static func inject(into html: Data, generation: Int) -> Data {
        let tag = Data("<script src=\"\(scriptPath)\" data-generation=\"\(generation)\"></script>".utf8)
        guard let close = html.range(of: Data("</body>".utf8), options: .backwards) else { return html + tag }
        var out = html
        out.replaceSubrange(close.lowerBound..<close.lowerBound, with: tag)
        return out
    }
}

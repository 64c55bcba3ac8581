import Foundation

/// The page reload of `escalate serve`, added to HTML as it is sent, never written to the
/// output folder: the published site carries no trace of the preview.
public enum LiveReload {
    static let scriptPath = "/__escalate/live-reload.js"
    static let waitPath = "/__escalate/wait"

    /// Asks the server, one long request at a time, for a build newer than the page's; reloads
    /// when there is one. A server that went away is retried each second, quietly.
    static let script = """
    (function () {
      var me = document.currentScript, seen = me.getAttribute("data-generation");
      function wait() {
        fetch("\(waitPath)?after=" + encodeURIComponent(seen), { cache: "no-store" })
          .then(function (r) { return r.text(); })
          .then(function (now) { if (now.trim() !== seen) { location.reload(); } else { wait(); } })
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

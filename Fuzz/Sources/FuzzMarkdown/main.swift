// libFuzzer target: Markdown through the one door to cmark-gfm (`MarkdownParser.parseDocument`,
// which copies the tree and renders each block, and `headingTexts`), with and without raw HTML.
import CFuzzDriver
import CmarkGFM

let parsers = [MarkdownParser(options: MarkdownOptions()), MarkdownParser(options: MarkdownOptions(allowRawHTML: true, smartPunctuation: false))]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parser = parsers[size % 2]
    let document = parser.parseDocument(text)
    _ = parser.headingTexts(text)
    return document.root.children.isEmpty ? 0 : 0
}

/// SwiftPM's `main` for this executable: libFuzzer's driver, with the options of the command line.
@_cdecl("FuzzMarkdown_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzz(data!, size) }
}

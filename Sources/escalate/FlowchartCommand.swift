import ArgumentParser
import Flowchart
import Foundation

struct FlowchartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flowchart",
        abstract: "Print or write one procedure's flowchart as DOT, SVG or PDF.",
        discussion: "SVG and PDF need Graphviz's dot on PATH (Debian: apt-get install graphviz).")

    @OptionGroup var options: ContentOptions

    @Argument(help: "The procedure id, e.g. herts.")
    var procedure: String

    @Option(help: "A sub-procedure's chart instead of the main one, by its anchor.")
    var sub: String?

    @Option(help: "dot, svg or pdf (default: from the -o file's extension, else dot).")
    var format: ChartFormat?

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write to this file instead of standard output.")
    var file: String?

    @OptionGroup var print: PrintOptions

    func run() async throws {
        let result = try await options.model(only: [procedure])
        guard let p = result.procedures.first(where: { $0.id == procedure }) else {
            throw CommandFailure("no procedure with id \(procedure); the ids are: \(result.procedures.map(\.id).joined(separator: ", "))")
        }
        let charts = FlowchartBuilder(site: result.settings).charts(for: p)
        let name = sub ?? "flowchart"
        guard let chart = charts.first(where: { $0.name == name }) else {
            if charts.isEmpty {
                throw CommandFailure("\(procedure) has no flowchart: \(p.stageListing == .notListed ? "its source does not list its stages" : "it has no stages")")
            }
            throw CommandFailure("\(procedure) has no chart '\(name)'; its charts are: \(charts.map(\.name).joined(separator: ", "))")
        }
        // `-o chart.pdf` means a PDF: the file's extension decides when --format is not given.
        let format = format ?? file.flatMap { ChartFormat(rawValue: URL(fileURLWithPath: $0).pathExtension.lowercased()) } ?? .dot
        let data: Data
        switch format {
        case .dot:
            data = Data(chart.dot.utf8)
        case .svg, .pdf:
            guard let renderer = try? DotRenderer.locate() else {
                FileHandle.standardError.write(Data("error: Graphviz's dot is not installed, so the chart cannot be drawn as \(format.rawValue.uppercased()); install it (Debian: apt-get install graphviz), or ask for --format dot\n".utf8))
                throw ExitCode(3)
            }
            let rendered = try await renderer.render([chart], formats: [format.renderFormat], print: print.layout,
                                                     fixedDate: { _ in PDFMetadata.creationDate(for: p) })
            data = rendered[0].data(format.renderFormat) ?? Data()
            for warning in rendered[0].warnings { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
        }
        if let file {
            do {
                try data.write(to: URL(fileURLWithPath: file))
            } catch {
                FileHandle.standardError.write(Data("error: could not write \(file): \((error as NSError).localizedFailureReason ?? error.localizedDescription)\n".utf8))
                throw ExitCode(3)
            }
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}

enum ChartFormat: String, ExpressibleByArgument, CaseIterable {
    case dot, svg, pdf

    var renderFormat: RenderFormat { self == .svg ? .svg : .pdf }
}

struct PrintOptions: ParsableArguments {
    @Option(help: "Paper for the PDF: a4 or a3 (default: the procedure's own 'print' setting, else A4).")
    var paper: PaperChoice?

    @Flag(help: "Print the PDF in landscape.")
    var landscape = false

    /// Nil when neither is given, so each procedure's own choice holds.
    var layout: PrintLayout? {
        guard paper != nil || landscape else { return nil }
        return PrintLayout(paper: paper?.paper ?? .a4, landscape: landscape)
    }
}

enum PaperChoice: String, ExpressibleByArgument, CaseIterable {
    case a4, a3

    var paper: Paper { self == .a4 ? .a4 : .a3 }
}

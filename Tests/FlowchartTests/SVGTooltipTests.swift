@testable import Flowchart
import Testing

/// Browsers show a group's `<title>` as its tooltip; dot titles groups with its node ids, which
/// mean nothing to a reader. Each tooltip is the group's own text, or there is none.
@Suite struct SVGTooltipTests {
    /// dot 2.43's SVG for a small graph, cut down: a graph, a cluster, nodes, a point and edges.
    static let svg = """
        <svg width="172pt" height="222pt" viewBox="0.00 0.00 171.61 221.74" xmlns="http://www.w3.org/2000/svg">
        <title id="chart-x-title">Flowchart: X</title>
        <g id="graph0" class="graph" transform="scale(1 1)">
        <title>herts</title>
        <polygon fill="white" points="-4,4 -4,-217.74"/>
        <g id="clust1" class="cluster">
        <title>cluster_routes</title>
        <polygon fill="none" points="8,-8 8,-80"/>
        <text text-anchor="middle" x="9" y="-9">OTHER ROUTES: alongside</text>
        <text text-anchor="middle" x="9" y="-9">the stages</text>
        </g>
        <!-- s1 -->
        <g id="node1" class="node">
        <title>s1</title>
        <ellipse fill="none" cx="81.8" cy="-186.87" rx="74.91" ry="26.74"/>
        <text text-anchor="middle" x="81.8" y="-190.67">STAGE 1: Talk to</text>
        <text text-anchor="middle" x="81.8" y="-175.67">each other &amp; agree</text>
        </g>
        <g id="node2" class="node">
        <title>yes&#45;1</title>
        <ellipse fill="#009e73" cx="1" cy="1" rx="1" ry="1"/>
        </g>
        <g id="edge1" class="edge">
        <title>s1&#45;&gt;yes&#45;1</title>
        <path fill="none" d="M81.8,-159.97C81.8,-147.34"/>
        <text text-anchor="middle" x="90.8" y="-130.8">Yes</text>
        </g>
        <g id="edge2" class="edge">
        <title>s1&#45;&gt;node3</title>
        <path fill="none" d="M81.8,-72.81C81.8,-64.79"/>
        </g>
        </g>
        </svg>
        """

    @Test func eachTooltipIsTheGroupsOwnTextOrNothing() {
        let out = SVGAccessibility.humanTooltips(Self.svg)
        #expect(out.contains("<title id=\"chart-x-title\">Flowchart: X</title>"))
        #expect(out.contains("<g id=\"node1\" class=\"node\">\n<title>STAGE 1: Talk to each other &amp; agree</title>\n<ellipse"))
        #expect(out.contains("<g id=\"clust1\" class=\"cluster\">\n<title>OTHER ROUTES: alongside the stages</title>"))
        #expect(out.contains("<g id=\"edge1\" class=\"edge\">\n<title>Yes</title>"))
        // The graph (named by the SVG's own title), the point and the unlabelled edge lose theirs.
        #expect(out.contains("<g id=\"graph0\" class=\"graph\" transform=\"scale(1 1)\">\n<polygon"))
        #expect(out.contains("<g id=\"node2\" class=\"node\">\n<ellipse"))
        #expect(out.contains("<g id=\"edge2\" class=\"edge\">\n<path"))
        for id in ["herts", "cluster_routes", "s1", "yes&#45;1", "s1&#45;&gt;yes&#45;1", "s1&#45;&gt;node3"] {
            #expect(!out.contains("<title>\(id)</title>"), "\(id)")
        }
    }

    @Test func anSVGWithoutDotsTitlesIsUnchanged() {
        let plain = "<svg><title id=\"a\">A</title><g><text>B</text></g></svg>"
        #expect(SVGAccessibility.humanTooltips(plain) == plain)
    }
}

import XCTest
@testable import Statistics

final class LinearProgramTests: XCTestCase {
    func testTwoEquations() {
        // x0 + x1 = 4, x0 = 3, x ≥ 1.
        let lp = LinearProgram(variables: 2, equations: [.init(terms: [(0, 1), (1, 1)], rhs: 4), .init(terms: [(0, 1)], rhs: 3)],
                               lower: [1, 1], upper: [nil, nil])
        let p = lp.prepare()!
        XCTAssertEqual(lp.minimise([1, 0], from: p), .optimum(3))
        XCTAssertEqual(lp.minimise([-1, 0], from: p), .optimum(-3))
        XCTAssertEqual(lp.minimise([0, -1], from: p), .optimum(-1))
    }

    func testBoundsAndInfeasible() {
        let lp = LinearProgram(variables: 2, equations: [.init(terms: [(0, 1), (1, -1)], rhs: 0)], lower: [2, 0], upper: [nil, 5])
        let p = lp.prepare()!
        XCTAssertEqual(lp.minimise([-1, 0], from: p), .optimum(-5))
        XCTAssertEqual(lp.minimise([1, 0], from: p), .optimum(2))
        XCTAssertNil(LinearProgram(variables: 1, equations: [.init(terms: [(0, 1)], rhs: 1)], lower: [2], upper: [nil]).prepare())
        XCTAssertEqual(LinearProgram(variables: 2, equations: [.init(terms: [(0, 1), (1, -1)], rhs: 0)], lower: [0, 0], upper: [nil, nil])
            .minimise([-1, 0], from: LinearProgram(variables: 2, equations: [.init(terms: [(0, 1), (1, -1)], rhs: 0)], lower: [0, 0], upper: [nil, nil]).prepare()!), .unbounded)
    }
}

import Dispatch

extension Array where Element: Sendable {
    /// `map`, with the elements transformed on every core and the results in the elements'
    /// order, so what is built from them is the same whatever the number of cores. For work
    /// that is a pure function of one element (a page's render, a procedure's charts).
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        // Each iteration writes only its own slot.
        nonisolated(unsafe) let slots = results
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            DispatchQueue.concurrentPerform(iterations: count) { i in
                slots[i] = transform(self[i])
            }
        }
        return results.map { $0! }
    }
}

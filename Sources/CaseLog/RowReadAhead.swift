import Foundation

/// A log's rows read on a second thread, a batch at a time, while the reading thread checks
/// and counts the rows before them: tokenizing and the plain-row reading on one core,
/// duplicates, problems and the sink on the other. The batches come back in the file's order,
/// so everything the reader reports and counts is as it was on one thread; at most `depth`
/// batches wait, so memory stays bounded however long the log.
final class RowReadAhead: @unchecked Sendable {
    /// One row as read, with where the reader stood after it.
    struct Read {
        var read: RowRead
        var row: Int
        var consumed: Int?
    }

    struct Batch {
        var reads: [Read] = []
        /// Why reading stopped after these rows, if it did.
        var failure: RowFailure?
        var end = false
    }

    static let batchRows = 1_024
    static let depth = 4

    private let condition = NSCondition()
    // Guarded by `condition`.
    private var waiting: [Batch] = []
    private var producerDone = false
    private var consumerGone = false
    /// The rows, owned by the reading thread from `start` until it is done.
    private var rows: any CaseLogRows
    private let plain: PlainRowReader

    init(_ rows: any CaseLogRows, plain: PlainRowReader) {
        self.rows = rows
        self.plain = plain
    }

    /// Starts the reading thread.
    func start() {
        let thread = Thread { [self] in produce() }
        thread.name = "case log rows"
        thread.stackSize = 1 << 20
        thread.start()
    }

    private func produce() {
        var finished = false
        while !finished {
            var batch = Batch()
            batch.reads.reserveCapacity(Self.batchRows)
            do throws(RowFailure) {
                while batch.reads.count < Self.batchRows {
                    guard let read = try rows.next(plain: plain) else {
                        batch.end = true
                        break
                    }
                    batch.reads.append(Read(read: read, row: rows.row, consumed: rows.consumed))
                }
            } catch {
                batch.failure = error
                batch.end = true
            }
            finished = batch.end
            condition.lock()
            while waiting.count >= Self.depth && !consumerGone { condition.wait() }
            if consumerGone { finished = true }
            waiting.append(batch)
            if finished { producerDone = true }
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next batch, in order; waits for it.
    func next() -> Batch {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty { condition.wait() }
        let batch = waiting.removeFirst()
        condition.broadcast()
        return batch
    }

    /// Waits until the reading thread has let go of the rows (and so of the file).
    func finish() {
        condition.lock()
        consumerGone = true
        condition.broadcast()
        while !producerDone { condition.wait() }
        condition.unlock()
    }
}

import Dispatch
import Synchronization

/// Fixed slots that concurrent workers fill, each worker its own index.
final class ResultSlots<Value: Sendable>: Sendable {
    private let storage: Mutex<[Value?]>

    init(count: Int) { storage = Mutex(Array(repeating: nil, count: count)) }

    subscript(index: Int) -> Value? {
        get { storage.withLock { $0[index] } }
        set { storage.withLock { $0[index] = newValue } }
    }

    /// The filled slots in order.
    var values: [Value] { storage.withLock { $0.compactMap { $0 } } }

    /// Calls `body` with every index below `count`, on every core when `parallel` and there is
    /// more than one, and returns what it gave, in the order of the indices (nils left out).
    /// The work is synchronous and CPU-bound, so it runs on Dispatch's worker threads rather
    /// than in a task group on the cooperative pool.
    static func collect(count: Int, parallel: Bool, _ body: @Sendable (Int) -> Value?) -> [Value] {
        let slots = ResultSlots(count: count)
        if parallel && count > 1 {
            DispatchQueue.concurrentPerform(iterations: count) { slots[$0] = body($0) }
        } else {
            for index in 0..<count { slots[index] = body(index) }
        }
        return slots.values
    }
}

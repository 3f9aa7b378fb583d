import Dispatch
import Foundation

/// Fixed slots that concurrent workers fill, each worker its own index.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    /// The filled slots in order.
    var values: [Value] { lock.withLock { storage.compactMap { $0 } } }

    /// Calls `body` with every index below `count`, on every core when `parallel` and there is
    /// more than one, and returns what it gave, in the order of the indices (nils left out).
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

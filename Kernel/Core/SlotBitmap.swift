// A fixed set of numbered slots, lowest free first, in storage the caller sizes once (for
// the kernel-stack region: one bit per slot, allocated at boot). A free list would grow to
// the largest number of threads ever alive and keep that storage; a bitmap does not, and
// handing out the lowest slot keeps live stacks packed under few page tables.

public struct SlotBitmap {
    private let words: UnsafeMutableBufferPointer<UInt64>
    public let slotCount: Int
    public private(set) var usedCount = 0
    /// No free slot below this word (a search hint).
    private var firstCandidateWord = 0

    public static func wordsNeeded(slotCount: Int) -> Int { (slotCount + 63) / 64 }

    /// `storage` must hold `wordsNeeded(slotCount:)` words; all slots start free.
    public init(storage: UnsafeMutableBufferPointer<UInt64>, slotCount: Int) {
        precondition(storage.count >= Self.wordsNeeded(slotCount: slotCount))
        words = storage
        self.slotCount = slotCount
        for index in 0..<storage.count { storage[index] = 0 }
    }

    /// The lowest free slot, now used; nil when all are used.
    public mutating func allocate() -> Int? {
        var word = firstCandidateWord
        while word < Self.wordsNeeded(slotCount: slotCount) {
            let free = ~words[word]
            if free != 0 {
                let slot = word * 64 + free.trailingZeroBitCount
                guard slot < slotCount else { return nil }
                words[word] |= UInt64(1) << UInt64(slot % 64)
                usedCount += 1
                firstCandidateWord = word
                return slot
            }
            word += 1
        }
        firstCandidateWord = word
        return nil
    }

    /// Frees `slot`; false if it was not in use (the caller's bug, reported by the caller).
    public mutating func free(_ slot: Int) -> Bool {
        guard slot >= 0, slot < slotCount else { return false }
        let (word, bit) = (slot / 64, UInt64(1) << UInt64(slot % 64))
        guard words[word] & bit != 0 else { return false }
        words[word] &= ~bit
        usedCount -= 1
        firstCandidateWord = Swift.min(firstCandidateWord, word)
        return true
    }

    public func isUsed(_ slot: Int) -> Bool {
        slot >= 0 && slot < slotCount && words[slot / 64] & (UInt64(1) << UInt64(slot % 64)) != 0
    }
}

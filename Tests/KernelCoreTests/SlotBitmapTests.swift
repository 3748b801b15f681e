// SlotBitmap and Array.releaseSpareCapacity (Kernel/Core): lowest-first slot allocation
// with exhaustion and double frees, against a plain model; capacity given back after a
// burst, with hysteresis and a floor.
import Testing
@testable import KernelCore

final class SlotFixture {
    let storage: UnsafeMutableBufferPointer<UInt64>
    var slots: SlotBitmap

    init(_ count: Int) {
        storage = .allocate(capacity: max(1, SlotBitmap.wordsNeeded(slotCount: count)))
        storage.initialize(repeating: ~0)   // garbage the init must clear
        slots = SlotBitmap(storage: storage, slotCount: count)
    }

    deinit { storage.deallocate() }
}

struct SlotBitmapTests {
    @Test(arguments: [1, 63, 64, 65, 130])
    func exhaustsInOrderThenRefuses(count: Int) {
        let f = SlotFixture(count)
        for expected in 0..<count {
            let slot = f.slots.allocate()
            #expect(slot == expected)
        }
        let extra = f.slots.allocate()
        #expect(extra == nil)
        #expect(f.slots.usedCount == count)
    }

    @Test func freedSlotIsReusedLowestFirst() {
        let f = SlotFixture(200)
        for _ in 0..<150 { _ = f.slots.allocate() }
        let freed = [70, 3, 129].map { f.slots.free($0) }
        #expect(freed == [true, true, true])
        let again = (0..<4).map { _ in f.slots.allocate() }
        #expect(again == [3, 70, 129, 150])
    }

    @Test func badFreesAreRefused() {
        let f = SlotFixture(10)
        let neverAllocated = f.slots.free(0)
        let first = f.slots.allocate()
        let freed = f.slots.free(0)
        let doubleFree = f.slots.free(0)
        let outOfRange = [f.slots.free(-1), f.slots.free(10)]
        #expect(!neverAllocated && first == 0 && freed && !doubleFree)
        #expect(outOfRange == [false, false])
        #expect(f.slots.usedCount == 0)
    }

    @Test func matchesAModel() {
        var random = SplitMix64(seed: 7)
        let f = SlotFixture(300)
        var used = Set<Int>()
        for _ in 0..<5000 {
            if random.next() % 3 != 0 {
                let slot = f.slots.allocate()
                let expected = (0..<300).first { !used.contains($0) }
                #expect(slot == expected)
                if let slot { used.insert(slot) }
            } else if let victim = used.randomElement(using: &random) {
                let freed = f.slots.free(victim)
                #expect(freed)
                used.remove(victim)
            }
            #expect(f.slots.usedCount == used.count)
        }
    }
}

struct SpareCapacityTests {
    @Test func aBurstIsGivenBackToTheFloor() {
        var table: [Int] = []
        table.reserveCapacity(8)
        let floor = table.capacity
        for value in 0..<1000 { table.append(value) }
        #expect(table.capacity >= 1000)
        while table.count > 1 { table.removeReleasing(at: table.count - 1, minimumCapacity: floor) }
        #expect(table == [0])
        #expect(table.capacity == floor)
    }

    @Test func emptyWithoutFloorHasNoStorage() {
        var table = Array(0..<100)
        table.removeAllReleasing { _ in true }
        #expect(table.isEmpty && table.capacity == 0)
    }

    @Test func hoveringDoesNotReallocate() {
        var table = Array(0..<64)
        table.removeAllReleasing(minimumCapacity: 0) { $0 >= 40 }   // 40 of 64: keep
        let capacity = table.capacity
        for round in 0..<100 {
            table.append(round)
            table.removeReleasing(at: table.count - 1)
            #expect(table.capacity == capacity)
        }
    }

    @Test func keepsOrderAndContents() {
        var table = Array(0..<400)
        table.removeAllReleasing { $0 % 10 != 0 }
        #expect(table == Array(stride(from: 0, to: 400, by: 10)))
        #expect(table.capacity < 400)
    }
}

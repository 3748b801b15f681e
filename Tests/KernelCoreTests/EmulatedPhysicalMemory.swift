// An emulated physical memory for the page-table walker tests: `frameCount` 4 KiB frames
// at physical address `base`, a table-frame allocator with an optional budget, and leak
// accounting.
@testable import KernelCore

final class EmulatedPhysicalMemory {
    let base: UInt64
    let frameCount: Int
    let bytes: UnsafeMutableRawPointer
    var nextFree: Int
    var freeList: [Int] = []
    /// Table frames that may still be handed out; nil = unlimited.
    var budget: Int?
    var allocated = 0
    var freed = 0

    init(frameCount: Int, base: UInt64 = 0x10_0000) {
        self.base = base
        self.frameCount = frameCount
        bytes = UnsafeMutableRawPointer.allocate(byteCount: frameCount * 4096, alignment: 4096)
        bytes.initializeMemory(as: UInt8.self, repeating: 0, count: frameCount * 4096)
        nextFree = 1  // frame 0 of the emulation is the PML4
    }

    deinit { bytes.deallocate() }

    var root: PhysAddr { PhysAddr(truncating: base) }

    func pointer(_ phys: PhysAddr) -> UnsafeMutablePointer<UInt64> {
        let offset = phys.value - base
        precondition(phys.value >= base && offset < UInt64(frameCount * 4096), "frame outside emulated memory")
        return (bytes + Int(offset)).assumingMemoryBound(to: UInt64.self)
    }

    func allocate() -> PhysAddr? {
        if let budget {
            guard budget > 0 else { return nil }
            self.budget = budget - 1
        }
        let index: Int
        if let reused = freeList.popLast() {
            index = reused
        } else {
            guard nextFree < frameCount else { return nil }
            index = nextFree
            nextFree += 1
        }
        (bytes + index * 4096).initializeMemory(as: UInt8.self, repeating: 0, count: 4096)
        allocated += 1
        return PhysAddr(truncating: base + UInt64(index) * 4096)
    }

    func free(_ frame: PhysAddr) {
        freed += 1
        freeList.append(Int((frame.value - base) / 4096))
    }

    /// Table frames in use now (allocated and not freed).
    var tablesInUse: Int { allocated - freed }
}

struct EmulatedTableMemory: PageTableMemory {
    let physical: EmulatedPhysicalMemory
    func table(at phys: PhysAddr) -> UnsafeMutablePointer<UInt64> { physical.pointer(phys) }
    mutating func allocateTableFrame() -> PhysAddr? { physical.allocate() }
    mutating func freeTableFrame(_ frame: PhysAddr) { physical.free(frame) }
}

func makeWalker(frames: Int = 64) -> (PageTableWalker<EmulatedTableMemory>, EmulatedPhysicalMemory) {
    let physical = EmulatedPhysicalMemory(frameCount: frames)
    return (PageTableWalker(root: physical.root, memory: EmulatedTableMemory(physical: physical)), physical)
}

func virt(_ value: UInt64) -> VirtAddr { VirtAddr(checking: value)! }
func phys(_ value: UInt64) -> PhysAddr { PhysAddr(checking: value)! }

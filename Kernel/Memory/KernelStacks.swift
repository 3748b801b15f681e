// Kernel stacks for threads: each gets a slot in its own region of the kernel half, with
// the lowest page of the slot left unmapped as a guard, so an overflow faults (and #DF
// reports it on its IST stack) instead of overwriting a neighbour.
import KernelCore

struct KernelStack {
    /// Lowest mapped byte.
    let bottom: UInt64
    /// One past the highest byte; 16-byte aligned.
    let top: UInt64
    let slot: Int
}

enum KernelStacks {
    /// The stack region: PML4 192.
    static let regionBase: UInt64 = 0x0000_6000_0000_0000
    static let stackPages = 4
    /// Guard page + stack, rounded to a power of two so a slot is index << shift.
    static let slotShift: UInt64 = 15
    static let maxSlots = 1 << 16

    private static let lock = Spinlock()
    /// Which slots hold a stack (guarded by lock): a fixed bitmap made at boot, lowest
    /// slot first, so the bookkeeping never grows with the number of threads.
    nonisolated(unsafe) private static var slots: SlotBitmap? = nil

    /// Makes the slot bitmap (needs the heap); before the first thread.
    static func initialise() {
        let storage = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: SlotBitmap.wordsNeeded(slotCount: maxSlots))
        lock.withLock { slots = SlotBitmap(storage: storage, slotCount: maxSlots) }
    }

    /// A fresh, mapped stack, or nil when memory or slots ran out.
    static func allocate() -> KernelStack? {
        let slot: Int? = lock.withLock { slots?.allocate() }
        guard let slot else { return nil }
        let base = regionBase + UInt64(slot) << slotShift
        let bottom = base + PageSize.small   // base itself is the guard page
        for page in 0..<stackPages {
            guard let frame = FrameAllocator.allocateZeroed() else {
                release(bottom: bottom, mappedPages: page, slot: slot)
                return nil
            }
            do throws(MapError) {
                try KernelAddressSpace.map(VirtAddr(truncating: bottom + UInt64(page) * PageSize.small), to: frame,
                                           flags: [.present, .writable, .noExecute, .global])
            } catch {
                FrameAllocator.free(frame)
                release(bottom: bottom, mappedPages: page, slot: slot)
                return nil
            }
        }
        return KernelStack(bottom: bottom, top: bottom + UInt64(stackPages) * PageSize.small, slot: slot)
    }

    static func free(_ stack: KernelStack) {
        release(bottom: stack.bottom, mappedPages: stackPages, slot: stack.slot)
    }

    private static func release(bottom: UInt64, mappedPages: Int, slot: Int) {
        for page in 0..<mappedPages {
            do throws(MapError) {
                let frame = try KernelAddressSpace.unmap(VirtAddr(truncating: bottom + UInt64(page) * PageSize.small))
                FrameAllocator.free(frame)
            } catch {
                panic("kernel stack page was not mapped")
            }
        }
        let freed = lock.withLock { slots?.free(slot) ?? false }
        if !freed { panic("kernel stack slot " + String(slot) + " freed twice") }
    }

    /// The guard page of the slot holding `address`, if it is in the stack region.
    static func isGuardPage(_ address: UInt64) -> Bool {
        address >= regionBase && address < regionBase + (UInt64(maxSlots) << slotShift)
            && (address - regionBase) & ((1 << slotShift) - 1) < PageSize.small
    }
}

// Page faults on user addresses (Linux: handle_mm_fault): the map decides whether the
// access is allowed (growing the stack when the fault is just below it); a missing page
// gets a zeroed frame or the file's bytes, a write to a page shared since fork gets a
// private copy (or the page itself when no one shares it any more). Anything else is the
// caller's SIGSEGV or EFAULT.
import KernelCore
import KernelSupport
import LinuxABI

extension AddressSpace {
    /// Makes the access at `address` possible; false when it is a segmentation fault or
    /// memory ran out. The caller holds the process's big lock.
    func resolveFault(at address: UInt64, access: MemoryAccess) -> Bool {
        guard let area = map.areaForFault(at: address, access: access) else { return false }
        let page = address & ~(PageSize.small - 1)
        guard let slot = leafSlot(page, create: true) else { return false }
        let entry = slot.pointee
        if entry & AddressSpace.present == 0 {
            guard entry & AddressSpace.protNone == 0 else { return false }
            guard let frame = newPage(for: area, at: page) else { return false }
            slot.pointee = frame.value | AddressSpace.leafBits(area.protection, writable: true)
            return true
        }
        let frame = PhysAddr(truncating: entry & PageTableEntry.addressMask)
        if access == .write && entry & AddressSpace.writable == 0 {
            if UserFrames.referenceCount(frame) != 1 {
                // Copy-on-write break: this side gets its own copy.
                guard let copy = UserFrames.allocate() else { return false }
                DirectMap.pointer(copy).copyMemory(from: DirectMap.pointer(frame), byteCount: Int(PageSize.small))
                slot.pointee = copy.value | AddressSpace.leafBits(area.protection, writable: true)
                flush(page)
                UserFrames.release(frame)
                return true
            }
        }
        // The page may be used as the area allows (a stale TLB entry or a last sharer).
        slot.pointee = frame.value | AddressSpace.leafBits(area.protection, writable: UserFrames.referenceCount(frame) == 1)
        flush(page)
        return true
    }

    /// A frame holding what `area` has at `page`: zeros, or the file's bytes.
    private func newPage(for area: VMA, at page: UInt64) -> PhysAddr? {
        guard let frame = UserFrames.allocate() else { return nil }
        guard case .file(let id, let offset) = area.backing else { return frame }
        guard let source = files.source(id) else {
            UserFrames.release(frame)
            return nil
        }
        let buffer = UnsafeMutableRawBufferPointer(start: DirectMap.pointer(frame), count: Int(PageSize.small))
        do throws(Errno) {
            // FIXME(issue 3, §2): a page wholly past the end of the file is SIGBUS on Linux.
            _ = try source.read(at: offset + (page - area.start), into: buffer)
        } catch {
            UserFrames.release(frame)
            return nil
        }
        return frame
    }

    /// Writes `bytes` at user `address` of this space through the direct map, faulting pages
    /// in or breaking copy-on-write as a user write would: for a space that is not in CR3
    /// (fork's CLONE_CHILD_SETTID, into the child). False when the range is not writable.
    /// The caller owns the space alone or holds its process's big lock.
    func storeWithoutActivating(_ bytes: UnsafeRawBufferPointer, at address: UInt64) -> Bool {
        for (offset, byte) in bytes.enumerated() {
            let (target, overflow) = address.addingReportingOverflow(UInt64(offset))
            guard !overflow, target < AddressSpaceLayout.userTop, resolveFault(at: target, access: .write),
                  let slot = leafSlot(target, create: false), slot.pointee & AddressSpace.present != 0 else { return false }
            let frame = PhysAddr(truncating: slot.pointee & PageTableEntry.addressMask)
            DirectMap.pointer(frame).storeBytes(of: byte, toByteOffset: Int(target & (PageSize.small - 1)), as: UInt8.self)
        }
        return true
    }
}

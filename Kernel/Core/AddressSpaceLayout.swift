// Where things live in every Apus address space (ARCHITECTURE.md §2): a lower-half kernel,
// because Swift needs object pointers whose top byte is zero. Addresses.swift has the
// address types; include/apus/bootinfo.h repeats the two bases for the loader.

/// The fixed virtual layout shared by the kernel, the loader and the user-pointer checks.
public enum AddressSpaceLayout {
    /// One past the highest user address (PML4 slots 0–127). Linux: TASK_SIZE_MAX.
    public static let userTop: UInt64 = 0x0000_4000_0000_0000
    /// The direct map of all physical memory starts here (PML4 slot 128). Linux: PAGE_OFFSET.
    public static let directMapBase: UInt64 = 0x0000_4000_0000_0000
    /// The kernel image is linked here, 2 GiB below the top of the lower half.
    /// Linux: __START_KERNEL_map (which is in the upper half there).
    public static let kernelBase: UInt64 = 0x0000_7FFF_8000_0000
    /// One past the highest kernel address: the end of the canonical lower half.
    public static let kernelTop: UInt64 = 0x0000_8000_0000_0000
    /// The first PML4 slot of the kernel half; slots from here to 255 are shared by every
    /// address space.
    public static let firstKernelPML4Index = 128

    /// True when `[start, start + length)` lies wholly below `userTop`, without
    /// overflowing. A zero-length range is accepted up to and including `userTop`, as
    /// Linux's access_ok does. This does not say whether the pages are mapped.
    @inlinable
    public static func isUserRange(start: UInt64, length: UInt64) -> Bool {
        length <= userTop && start <= userTop - length
    }

    /// `isUserRange(start:length:)` for a typed address.
    @inlinable
    public static func isUserRange(start: VirtAddr, length: UInt64) -> Bool {
        isUserRange(start: start.value, length: length)
    }

    /// True when `address` lies in the kernel half (direct map, heap, MMIO, image).
    @inlinable
    public static func isKernelAddress(_ address: UInt64) -> Bool {
        address >= directMapBase && address < kernelTop
    }
}

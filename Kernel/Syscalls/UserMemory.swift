// Copy-in and copy-out for user pointers (ARCHITECTURE.md §7: user pointers are values
// reached only through these functions). A range must lie wholly below the user top; a
// fault inside it that paging cannot resolve becomes EFAULT, never a kernel fault.
import KernelCore
import KernelSupport
import LinuxABI

enum UserMemory {
    static func check(_ address: UInt64, _ count: Int) throws(Errno) {
        guard count >= 0, AddressSpaceLayout.isUserRange(start: address, length: UInt64(count)) else { throw .EFAULT }
    }

    private static func withFixup(_ body: () -> Int64) -> Int64 {
        let cpu = percpu_current()
        let outer = cpu.pointee.fault_fixup_active
        cpu.pointee.fault_fixup_active = 1
        defer { cpu.pointee.fault_fixup_active = outer }
        return body()
    }

    static func copyIn(to destination: UnsafeMutableRawPointer, from address: UInt64, count: Int) throws(Errno) {
        guard count > 0 else { return }
        try check(address, count)
        // Address 0 is never mapped (mmap_min_addr), and it has no pointer value: EFAULT.
        guard let source = UnsafeRawPointer(bitPattern: UInt(address)) else { throw .EFAULT }
        if withFixup({ user_copy(destination, source, UInt64(count)) }) != 0 { throw .EFAULT }
    }

    static func copyOut(to address: UInt64, from source: UnsafeRawPointer, count: Int) throws(Errno) {
        guard count > 0 else { return }
        try check(address, count)
        guard let destination = UnsafeMutableRawPointer(bitPattern: UInt(address)) else { throw .EFAULT }
        if withFixup({ user_copy(destination, source, UInt64(count)) }) != 0 { throw .EFAULT }
    }

    static func read<T: BitwiseCopyable>(_ type: T.Type, at address: UInt64) throws(Errno) -> T {
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: MemoryLayout<T>.size, alignment: MemoryLayout<T>.alignment)
        defer { buffer.deallocate() }
        try copyIn(to: buffer, from: address, count: MemoryLayout<T>.size)
        return buffer.load(as: T.self)
    }

    static func write<T: BitwiseCopyable>(_ value: T, to address: UInt64) throws(Errno) {
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: MemoryLayout<T>.size, alignment: MemoryLayout<T>.alignment)
        defer { buffer.deallocate() }
        buffer.storeBytes(of: value, as: T.self)
        try copyOut(to: address, from: buffer, count: MemoryLayout<T>.size)
    }

    static func write(bytes: [UInt8], to address: UInt64) throws(Errno) {
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        defer { buffer.deallocate() }
        for (index, byte) in bytes.enumerated() { buffer.storeBytes(of: byte, toByteOffset: index, as: UInt8.self) }
        try copyOut(to: address, from: buffer, count: bytes.count)
    }

    /// A NUL-terminated string of at most `limit` bytes (without the NUL); longer →
    /// ENAMETOOLONG, as path arguments report it.
    static func readString(at address: UInt64, limit: Int) throws(Errno) -> [UInt8] {
        var result: [UInt8] = []
        var cursor = address
        let chunkSize = 256
        let chunk = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 8)
        defer { chunk.deallocate() }
        while result.count <= limit {
            // Never read across a page boundary in one go: the next page may be unmapped
            // even though the string ends before it.
            let toPageEnd = Int(PageSize.small - (cursor & (PageSize.small - 1)))
            let length = min(chunkSize, toPageEnd)
            try copyIn(to: chunk, from: cursor, count: length)
            for index in 0..<length {
                let byte = chunk.load(fromByteOffset: index, as: UInt8.self)
                if byte == 0 { return result }
                result.append(byte)
            }
            cursor += UInt64(length)
        }
        throw .ENAMETOOLONG
    }
}

// Address-space system calls: mmap, munmap, mprotect, brk. The allocator that Swift's
// runtime uses sits on top of mmap (Allocator.swift).
import CRuntime
import LinuxABI

/// The page size of x86_64 Linux (and Apus).
public var pageSize: Int { 4096 }

/// Linux: mmap(2). Anonymous mappings pass no `fd`.
public func mmap(address: UnsafeMutableRawPointer? = nil, length: Int, protection: MemoryProtection,
                 flags: MapFlags, fd: FD? = nil, offset: Int = 0) throws(Errno) -> UnsafeMutableRawPointer {
    let r = try syscall(SyscallNumber.mmap, arg(address), length, Int(protection.rawValue), Int(flags.rawValue),
                        Int(fd?.rawValue ?? -1), offset)
    return UnsafeMutableRawPointer(bitPattern: r)!
}

/// Linux: munmap(2).
public func munmap(_ address: UnsafeMutableRawPointer, length: Int) throws(Errno) {
    _ = try syscall(SyscallNumber.munmap, arg(address), length)
}

/// Linux: mprotect(2).
public func mprotect(_ address: UnsafeMutableRawPointer, length: Int, _ protection: MemoryProtection) throws(Errno) {
    _ = try syscall(SyscallNumber.mprotect, arg(address), length, Int(protection.rawValue))
}

/// Linux: the brk(2) *system call*: asks for the program break at `address` and returns
/// the break in force afterwards (unchanged on failure; pass 0 to read it).
public func brk(_ address: UInt) -> UInt {
    UInt(bitPattern: rawSyscall(SyscallNumber.brk, Int(bitPattern: address)))
}

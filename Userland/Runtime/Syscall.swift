// Raw system calls: the one place where a kernel return value becomes a Swift value or a
// thrown Errno (Linux returns -errno in rax, in the range -4095...-1). The instruction
// itself is in include/syscall.h; typed wrappers are in Files.swift, Processes.swift, ….
import CRuntime
import LinuxABI

/// Turns a raw syscall result into its value, or throws the error Linux encoded in it.
@inlinable @inline(__always)
func checked(_ result: Int) throws(Errno) -> Int {
    if result < 0 && result >= -4095 { throw Errno(rawValue: Int32(truncatingIfNeeded: -result)) }
    return result
}

/// Linux: syscall(2) with no arguments; returns the raw result (a value or -errno).
@inlinable public func rawSyscall(_ nr: Int) -> Int { apus_syscall0(nr) }
/// Linux: syscall(2) with one argument; returns the raw result (a value or -errno).
@inlinable public func rawSyscall(_ nr: Int, _ a1: Int) -> Int { apus_syscall1(nr, a1) }
/// Linux: syscall(2) with two arguments; returns the raw result (a value or -errno).
@inlinable public func rawSyscall(_ nr: Int, _ a1: Int, _ a2: Int) -> Int { apus_syscall2(nr, a1, a2) }
/// Linux: syscall(2) with three arguments; returns the raw result (a value or -errno).
@inlinable public func rawSyscall(_ nr: Int, _ a1: Int, _ a2: Int, _ a3: Int) -> Int {
    apus_syscall3(nr, a1, a2, a3)
}
/// Linux: syscall(2) with four arguments; returns the raw result (a value or -errno).
@inlinable public func rawSyscall(_ nr: Int, _ a1: Int, _ a2: Int, _ a3: Int, _ a4: Int) -> Int {
    apus_syscall4(nr, a1, a2, a3, a4)
}
/// Linux: syscall(2) with six arguments; returns the raw result (a value or -errno).
@inlinable public func rawSyscall(_ nr: Int, _ a1: Int, _ a2: Int, _ a3: Int, _ a4: Int, _ a5: Int, _ a6: Int) -> Int {
    apus_syscall6(nr, a1, a2, a3, a4, a5, a6)
}

/// A system call's result as a value or a thrown `Errno`.
@inlinable public func syscall(_ nr: Int, _ a1: Int = 0, _ a2: Int = 0, _ a3: Int = 0,
                               _ a4: Int = 0, _ a5: Int = 0, _ a6: Int = 0) throws(Errno) -> Int {
    try checked(apus_syscall6(nr, a1, a2, a3, a4, a5, a6))
}

/// The integer a pointer argument is passed as.
@inlinable func arg(_ p: UnsafeRawPointer?) -> Int { Int(bitPattern: p) }
/// The integer a mutable pointer argument is passed as.
@inlinable func arg(_ p: UnsafeMutableRawPointer?) -> Int { Int(bitPattern: p) }
/// The integer a typed pointer argument is passed as.
@inlinable func arg<T>(_ p: UnsafePointer<T>?) -> Int { Int(bitPattern: p) }
/// The integer a typed mutable pointer argument is passed as.
@inlinable func arg<T>(_ p: UnsafeMutablePointer<T>?) -> Int { Int(bitPattern: p) }

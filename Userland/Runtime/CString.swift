// NUL-terminated copies of Swift strings for the kernel, and C strings back into Swift:
// paths, argv and envp cross the syscall boundary this way.

import LinuxABI

extension String {
    /// Runs `body` with a NUL-terminated copy of the string's UTF-8.
    @inlinable public func withNulTerminatedBytes<R>(_ body: (UnsafePointer<UInt8>) -> R) -> R {
        var bytes = [UInt8](self.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// The string a NUL-terminated C string holds (invalid UTF-8 is repaired).
    public init(nulTerminated pointer: UnsafePointer<UInt8>) {
        var count = 0
        while pointer[count] != 0 { count += 1 }
        self = String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }
}

/// A NULL-terminated array of NUL-terminated strings in one allocation, as execve(2)
/// takes argv and envp. Freed when the value is released.
public final class CStringArray {
    /// The `char *const[]` to pass: `count` pointers, then NULL.
    public let pointers: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>
    private let storage: UnsafeMutablePointer<UInt8>

    /// Copies `strings`.
    public init(_ strings: [String]) {
        var total = 0
        for s in strings { total += s.utf8.count + 1 }
        storage = UnsafeMutablePointer<UInt8>.allocate(capacity: max(total, 1))
        pointers = UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>.allocate(capacity: strings.count + 1)
        var offset = 0
        for (index, s) in strings.enumerated() {
            pointers[index] = storage + offset
            for byte in s.utf8 { storage[offset] = byte; offset += 1 }
            storage[offset] = 0
            offset += 1
        }
        pointers[strings.count] = nil
    }

    deinit {
        storage.deallocate()
        pointers.deallocate()
    }
}

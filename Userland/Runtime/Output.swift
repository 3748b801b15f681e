// Printing without Foundation: standard output is line-buffered (flushed at each newline,
// when full, before fork/execve and at exit), standard error is written at once. Swift's
// `print` reaches `putchar` here. Also the number formatting and errnoText the programs use.
import CRuntime
import LinuxABI

/// Bytes waiting to go to standard output; allocated on first use.
nonisolated(unsafe) private var outputBuffer: UnsafeMutablePointer<UInt8>? = nil
nonisolated(unsafe) private var outputCount = 0
private let outputCapacity = 4096

/// Writes the buffered standard-output bytes (errors are dropped: there is nowhere to report them).
public func flushStandardOutput() {
    guard let buffer = outputBuffer, outputCount > 0 else { return }
    let count = outputCount
    outputCount = 0
    try? writeAll(.standardOutput, UnsafeRawBufferPointer(start: buffer, count: count))
}

/// Appends one byte to standard output's buffer.
@inline(__always)
private func bufferByte(_ byte: UInt8) {
    if outputBuffer == nil { outputBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: outputCapacity) }
    outputBuffer![outputCount] = byte
    outputCount += 1
    if byte == UInt8(ascii: "\n") || outputCount == outputCapacity { flushStandardOutput() }
}

/// Runtime hook: Embedded Swift's `print` writes through this, one byte at a time.
@_cdecl("putchar")
public func putchar(_ c: CInt) -> CInt {
    bufferByte(UInt8(truncatingIfNeeded: c))
    return c
}

/// Writes `text` to standard output (buffered; no newline added).
public func writeOutput(_ text: String) {
    var copy = text
    copy.withUTF8 { for byte in $0 { bufferByte(byte) } }
}

/// Writes `text` to standard error at once (after flushing standard output, so the two
/// streams keep their order on a shared terminal).
public func writeError(_ text: String) {
    flushStandardOutput()
    try? writeAll(.standardError, text)
}

/// Writes `text` to standard error without allocating (for the allocator's own failures).
public func writeErrorStatic(_ text: StaticString) {
    flushStandardOutput()
    try? writeAll(.standardError, UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
}

/// The C library's message for `error`, as strerror(3) gives it ("No such file or directory").
public func errnoText(_ error: Errno) -> String {
    if error.rawValue <= 0 || error.rawValue > Errno.maxKnown { return "Unknown error " + String(error.rawValue) }
    return error.message.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
}

/// `value` in hexadecimal with a `0x` prefix, at least `digits` digits ("0x0000beef").
public func hex<T: FixedWidthInteger>(_ value: T, digits: Int = 1) -> String {
    var text = String(value, radix: 16)
    if value < 0 { text = String(UInt64(truncatingIfNeeded: value), radix: 16) }
    while text.utf8.count < digits { text = "0" + text }
    return "0x" + text
}

/// The process ends with "<program>: <message>" on standard error and status 1.
public func fatal(_ message: String) -> Never {
    writeError(ProcessInfo.programName + ": " + message + "\n")
    exit(1)
}

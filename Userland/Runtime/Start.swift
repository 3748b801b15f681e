// What the kernel put on the initial stack (System V AMD64 ABI §3.4.1: argc, argv[],
// NULL, envp[], NULL, auxv pairs ending with AT_NULL), parsed in Swift; start.S calls
// apus_start with that stack pointer and the program's `main` (Program.swift) runs next.
import CRuntime
import LinuxABI

/// The process's start-up data: arguments, environment, auxiliary vector.
public enum ProcessInfo {
    nonisolated(unsafe) static var argc = 0
    nonisolated(unsafe) static var argv: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>? = nil
    nonisolated(unsafe) static var envp: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>? = nil
    nonisolated(unsafe) static var auxv: UnsafeMutablePointer<UInt64>? = nil

    /// The raw argument count the kernel passed.
    public static var argumentCount: Int { argc }
    /// The raw `argv` array (NULL-terminated).
    public static var rawArguments: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>? { argv }
    /// The raw `envp` array (NULL-terminated).
    public static var rawEnvironment: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>? { envp }

    /// argv as strings.
    public static var arguments: [String] {
        var result: [String] = []
        for index in 0..<argc {
            if let p = argv?[index] { result.append(String(nulTerminated: p)) }
        }
        return result
    }

    /// envp as "NAME=value" strings.
    public static var environment: [String] {
        var result: [String] = []
        var index = 0
        while let envp, let p = envp[index] {
            result.append(String(nulTerminated: p))
            index += 1
        }
        return result
    }

    /// The value of environment variable `name`, if set.
    public static func environmentValue(_ name: String) -> String? {
        let prefix = name + "="
        for entry in environment where entry.hasPrefix(prefix) {
            return String(entry.utf8.dropFirst(prefix.utf8.count))!
        }
        return nil
    }

    /// argv[0], or "?" when the kernel passed none.
    public static var programName: String {
        guard argc > 0, let p = argv?[0] else { return "?" }
        return String(nulTerminated: p)
    }

    /// The auxiliary vector as (type, value) pairs, AT_NULL excluded.
    public static var auxiliaryVector: [(type: UInt64, value: UInt64)] {
        var result: [(type: UInt64, value: UInt64)] = []
        guard let auxv else { return result }
        var index = 0
        while auxv[index] != Auxv.AT_NULL {
            result.append((auxv[index], auxv[index + 1]))
            index += 2
        }
        return result
    }

    /// The value of auxiliary-vector entry `type` (`Auxv.AT_*`), if present.
    public static func auxiliaryValue(_ type: UInt64) -> UInt64? {
        for entry in auxiliaryVector where entry.type == type { return entry.value }
        return nil
    }
}

/// Called by `_start` (start.S) with the initial stack pointer; runs the program's `main`
/// and ends the process with its status.
@_cdecl("apus_start")
public func apusStart(_ stack: UnsafeMutablePointer<UInt64>) -> Never {
    let argc = Int(stack[0])
    let argv = UnsafeMutableRawPointer(stack + 1).assumingMemoryBound(to: UnsafeMutablePointer<UInt8>?.self)
    let envp = argv + argc + 1
    var end = envp
    while end.pointee != nil { end += 1 }
    ProcessInfo.argc = argc
    ProcessInfo.argv = argv
    ProcessInfo.envp = envp
    ProcessInfo.auxv = UnsafeMutableRawPointer(end + 1).assumingMemoryBound(to: UInt64.self)
    let status = argv.withMemoryRebound(to: UnsafeMutablePointer<CChar>?.self, capacity: argc + 1) {
        main(Int32(argc), $0)
    }
    exit(status)
}

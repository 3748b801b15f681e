// The `main` convention of every Swift program on the Runtime:
//
//     import Runtime
//     @main struct Hello: Program {
//         static func run(_ arguments: [String], _ environment: [String]) -> Int32 { … }
//     }
//
// Swift emits a C `main` for the `@main` type; `_start` (start.S → Start.swift) calls it
// after parsing the stack, and the value `run` returns becomes the exit status.

@_exported import LinuxABI

/// A program: `run` gets argv and envp as strings and returns the exit status.
public protocol Program {
    /// The program body. `arguments[0]` is the name it was started by.
    static func run(_ arguments: [String], _ environment: [String]) -> Int32
}

extension Program {
    /// The entry point Swift's `@main` calls.
    public static func main() {
        exit(run(ProcessInfo.arguments, ProcessInfo.environment))
    }
}

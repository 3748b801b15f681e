// true(1): does nothing, successfully (arguments are ignored, as POSIX says).
import Runtime

@main struct True: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 { 0 }
}

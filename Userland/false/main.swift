// false(1): does nothing, unsuccessfully (status 1; arguments are ignored).
import Runtime

@main struct False: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 { 1 }
}

// ElfFile.parse on real binaries of the host (read at test time, nothing checked in): a
// dynamically linked program parses with its interpreter reported, and is refused without.
import Foundation
import Testing
@testable import KernelCore

struct ElfHostOracleTests {
    static let program = "/bin/true"

    @Test(.enabled(if: FileManager.default.isReadableFile(atPath: program)))
    func hostProgram() throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.program)).map { $0 }
        #expect(parse(bytes).failure == .hasInterpreter)
        let file = try parse(bytes, allowingInterpreter: true).get()
        let path = try #require(file.interpreterPath)
        let interpreter = String(decoding: bytes[path], as: UTF8.self)
        #expect(interpreter.hasPrefix("/lib") && interpreter.contains("ld-linux"))
        #expect(file.loadPlan.segments.count >= 2)
        #expect(file.loadPlan.segments.contains { $0.permissions.contains(.execute) })
        #expect(file.loadPlan.programHeaderAddress != nil)
        #expect(!file.loadPlan.stackExecutable)
    }
}

// CpioReader against archives written by the host's GNU cpio (`cpio -o -H newc`), when
// the host has one: the real tool is the oracle for the format.
import Foundation
import Testing
import LinuxABI
@testable import KernelCore

struct CpioHostOracleTests {
    static let cpio = "/usr/bin/cpio"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: cpio)))
    func readsWhatGNUCpioWrites() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("apus-cpio-\(getpid())")
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("bin"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let files: [(String, [UInt8])] = [
            ("bin/sh", (0..<1000).map { UInt8(truncatingIfNeeded: $0) }),
            ("empty", []),
            ("odd-name.txt", Array("hello\n".utf8)),
        ]
        for (name, data) in files {
            try Data(data).write(to: directory.appendingPathComponent(name))
        }
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("bin/link").path,
                                                   withDestinationPath: "sh")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "cd '\(directory.path)' && printf 'bin\\nbin/sh\\nbin/link\\nempty\\nodd-name.txt\\n' | \(Self.cpio) -o -H newc --quiet"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let archive = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        var seen: [String: (FileMode, [UInt8])] = [:]
        try [UInt8](archive).withUnsafeBytes { raw in
            var reader = CpioReader(raw)
            try reader.forEach { seen[$0.name] = ($0.mode, Array($0.data)) }
            #expect(reader.reachedTrailer)
        }
        #expect(Set(seen.keys) == ["bin", "bin/sh", "bin/link", "empty", "odd-name.txt"])
        #expect(seen["bin"]?.0.isDirectory == true)
        #expect(seen["bin/link"]?.0.isSymlink == true)
        #expect(seen["bin/link"]?.1 == Array("sh".utf8))
        for (name, data) in files {
            #expect(seen[name]?.0.isRegular == true)
            #expect(seen[name]?.1 == data, "\(name)")
        }
    }
}

// Shebang: `#!` lines as Linux's binfmt_script reads them (fs/binfmt_script.c).
import Testing
import LinuxABI
@testable import KernelCore

@Suite struct ShebangTests {
    func parse(_ text: String) -> Result<ShebangLine, Errno> {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { raw in
            do throws(Errno) { return .success(try Shebang.parse(raw)) } catch { return .failure(error) }
        }
    }

    func line(_ interpreter: String, _ argument: String? = nil) -> Result<ShebangLine, Errno> {
        .success(ShebangLine(interpreter: Array(interpreter.utf8), argument: argument.map { Array($0.utf8) }))
    }

    static let long = String(repeating: "x", count: 300)

    @Test func table() {
        let cases: [(String, Result<ShebangLine, Errno>)] = [
            ("#!/bin/sh\n", line("/bin/sh")),
            ("#!/bin/sh", line("/bin/sh")),                        // no newline, short file
            ("#! /bin/sh\necho", line("/bin/sh")),
            ("#!\t/bin/sh -e\n", line("/bin/sh", "-e")),
            ("#!/bin/sh -e -x  \n", line("/bin/sh", "-e -x")),     // one argument, trailing blanks trimmed
            ("#!/bin/sh   \n", line("/bin/sh")),
            ("#!/usr/bin/env  python3\n", line("/usr/bin/env", "python3")),
            ("#!sh\n", line("sh")),                                // relative interpreter
            ("#!\n", .failure(.ENOEXEC)),
            ("#!   \n", .failure(.ENOEXEC)),
            ("#!", .failure(.ENOEXEC)),
            ("#", .failure(.ENOEXEC)),
            ("", .failure(.ENOEXEC)),
            ("\u{7F}ELF", .failure(.ENOEXEC)),
            ("#!/bin/sh\u{0}junk\n", line("/bin/sh")),             // NUL ends the interpreter, no argument
            ("#!/" + Self.long, .failure(.ENOEXEC)),              // interpreter cut at 256 bytes
            ("#!/bin/sh " + Self.long, line("/bin/sh", String(repeating: "x", count: 256 - 10 - 1))),   // bytes 10..<255: the last buffer byte is the NUL,
        ]
        for (text, expected) in cases {
            #expect(parse(text) == expected, "\(text.prefix(40))")
        }
    }

    @Test func argumentsReplaceArgvZero() {
        let withArgument = ShebangLine(interpreter: Array("/bin/sh".utf8), argument: Array("-e".utf8))
        let argv = [Array("name".utf8), Array("one".utf8), Array("two".utf8)]
        #expect(Shebang.arguments(for: withArgument, scriptPath: Array("/s".utf8), argv: argv)
                == ["/bin/sh", "-e", "/s", "one", "two"].map { Array($0.utf8) })
        let bare = ShebangLine(interpreter: Array("sh".utf8), argument: nil)
        #expect(Shebang.arguments(for: bare, scriptPath: Array("s".utf8), argv: [])
                == ["sh", "s"].map { Array($0.utf8) })
    }
}

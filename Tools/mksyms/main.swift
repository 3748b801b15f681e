// mksyms: turns `llvm-nm --defined-only --print-size -n kernel.elf` output into the KSYM
// blob that the kernel embeds for backtraces (format: Kernel/Core/SymbolTable.swift).
// Usage: mksyms <nm-output-file | -> <out.bin> [--no-demangle]
// Swift names (mangled `$e…` in Embedded Swift, `$s…` otherwise) are demangled with
// `swift-demangle --simplified` when it is on PATH, and long ones are shortened.
import Foundation
import KernelCore

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("mksyms: " + message + "\n").utf8))
    exit(1)
}

var arguments = Array(CommandLine.arguments.dropFirst())
let demangle = !arguments.contains("--no-demangle")
arguments.removeAll { $0 == "--no-demangle" }
guard arguments.count == 2 else {
    fail("usage: mksyms <nm-output-file | -> <out.bin> [--no-demangle]")
}

let inputData: Data
if arguments[0] == "-" {
    inputData = FileHandle.standardInput.readDataToEndOfFile()
} else {
    guard let data = FileManager.default.contents(atPath: arguments[0]) else { fail("cannot read \(arguments[0])") }
    inputData = data
}
let text = String(decoding: inputData, as: UTF8.self)

// Text symbols only, one per address: aliases add nothing to a backtrace. The first name
// nm lists wins, except that a linker-script marker (`__kernel_start`) yields to a real
// function at the same address (`_start`).
func isSectionMarker(_ symbol: NmSymbol) -> Bool { symbol.name.hasPrefix("__") }
var symbols: [NmSymbol] = []
for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
    guard let symbol = NmSymbol(nmLine: String(line)), symbol.isText else { continue }
    if let last = symbols.last, last.address == symbol.address {
        if isSectionMarker(last) && !isSectionMarker(symbol) { symbols[symbols.count - 1] = symbol }
        continue
    }
    symbols.append(symbol)
}
symbols.sort { $0.address < $1.address }

/// Runs swift-demangle over all names at once; nil when it cannot be run.
func demangled(_ names: [String]) -> [String]? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["swift-demangle", "--simplified"]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    // Write from another thread so a full output pipe cannot deadlock us.
    let payload = Data((names.joined(separator: "\n") + "\n").utf8)
    let writer = Thread {
        input.fileHandleForWriting.write(payload)
        try? input.fileHandleForWriting.close()
    }
    writer.start()
    let result = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    let lines = String(decoding: result, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count >= names.count else { return nil }
    return lines.prefix(names.count).map(String.init)
}

var names = symbols.map(\.name)
if demangle {
    if let readable = demangled(names) {
        names = readable
    } else {
        FileHandle.standardError.write(Data("mksyms: swift-demangle not available; keeping mangled names\n".utf8))
    }
}

// Sizes nm did not print, or printed as 0 (asm labels), run to the next symbol.
var entries: [(address: UInt64, size: UInt64, name: String)] = []
for (index, symbol) in symbols.enumerated() {
    let next = index + 1 < symbols.count ? symbols[index + 1].address : symbol.address
    let size = symbol.size.flatMap { $0 > 0 ? $0 : nil } ?? (next - symbol.address)
    entries.append((symbol.address, size, SymbolName.shortened(names[index])))
}

let blob = SymbolTable.encode(entries)
guard FileManager.default.createFile(atPath: arguments[1], contents: Data(blob)) else {
    fail("cannot write \(arguments[1])")
}

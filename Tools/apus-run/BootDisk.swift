// The files one boot needs, all copies in a private temporary directory: the disk image
// (with `apus/cmdline` replaced when --cmdline is given) and the firmware variable store
// (OVMF writes it). The originals are never opened for writing.
import Foundation
import Glibc
import RunnerKit

/// A temporary directory holding the copies; `remove()` deletes it.
final class BootDisk {
    let directory: String
    /// The image copy QEMU boots.
    let image: String

    /// Copies `options.image` and, if `options.cmdline` is set, replaces `apus/cmdline`
    /// in the copy's ESP (partition 1, at 1 MiB) with mtools.
    init(_ options: BootOptions) throws(RunnerError) {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/apus-run.XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw RunnerError("cannot create a temporary directory in \(base): \(String(cString: strerror(errno)))")
        }
        directory = String(cString: made)
        image = directory + "/disk.img"
        do throws(RunnerError) {
            try copyFile(from: options.image, to: image)
            if let cmdline = options.cmdline { try replaceCommandLine(cmdline) }
        } catch {
            remove()
            throw error
        }
    }

    /// A fresh copy of the firmware variables for the next boot.
    func freshVariables(from source: String) throws(RunnerError) -> String {
        let path = directory + "/OVMF_VARS.fd"
        try copyFile(from: source, to: path)
        return path
    }

    /// Deletes the directory and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// `mcopy -o -i COPY@@1M FILE ::apus/cmdline` — the same newline-terminated text the
    /// Makefile writes.
    private func replaceCommandLine(_ cmdline: String) throws(RunnerError) {
        let file = directory + "/cmdline"
        guard FileManager.default.createFile(atPath: file, contents: Data((cmdline + "\n").utf8)) else {
            throw RunnerError("cannot write \(file)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["mcopy", "-o", "-i", image + "@@1M", file, "::apus/cmdline"]
        var environment = ProcessInfo.processInfo.environment
        environment["MTOOLS_SKIP_CHECK"] = "1"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let messages = Pipe()
        process.standardOutput = messages
        process.standardError = messages
        do {
            try process.run()
        } catch {
            throw RunnerError("cannot run mcopy (is mtools installed?): \(error)")
        }
        let text = String(decoding: messages.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let detail = text.trimmingCharacters(in: .whitespacesAndNewlines)
            throw RunnerError("mcopy could not replace apus/cmdline in the image copy (is partition 1 a FAT ESP at 1 MiB?): \(detail)")
        }
    }
}

/// Copies a file, leaving holes where the source has runs of zero blocks: the disk image
/// is mostly empty, and a sparse copy is faster and smaller.
func copyFile(from source: String, to destination: String) throws(RunnerError) {
    let input = open(source, O_RDONLY | O_CLOEXEC)
    guard input >= 0 else { throw RunnerError("cannot read \(source): \(String(cString: strerror(errno)))") }
    defer { _ = close(input) }
    let output = open(destination, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard output >= 0 else { throw RunnerError("cannot create \(destination): \(String(cString: strerror(errno)))") }
    defer { _ = close(output) }
    let blockSize = 1 << 20
    var block = [UInt8](repeating: 0, count: blockSize)
    var size: off_t = 0
    while true {
        let count = block.withUnsafeMutableBytes { read(input, $0.baseAddress, blockSize) }
        if count < 0 && errno == EINTR { continue }
        guard count >= 0 else { throw RunnerError("cannot read \(source): \(String(cString: strerror(errno)))") }
        if count == 0 { break }
        if block[0..<count].allSatisfy({ $0 == 0 }) {
            lseek(output, off_t(count), SEEK_CUR)
        } else {
            var offset = 0
            while offset < count {
                let written = block[offset..<count].withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw RunnerError("cannot write \(destination): \(String(cString: strerror(errno)))") }
                offset += written
            }
        }
        size += off_t(count)
    }
    // A trailing hole needs the length set explicitly.
    guard ftruncate(output, size) == 0 else {
        throw RunnerError("cannot write \(destination): \(String(cString: strerror(errno)))")
    }
}

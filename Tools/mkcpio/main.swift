// mkcpio OUTPUT DIR [DIR...]: writes the initrd, a cpio newc archive of the union of the
// directories (later ones override earlier ones). Each member keeps its file's mtime; with
// SOURCE_DATE_EPOCH set, mtimes are clamped to it, so a rebuild from the same sources gives
// the same bytes. The format, the merge and the times are RunnerKit's (CpioNewc.swift,
// CpioTree.swift, ArchiveTime.swift); this reads the trees and writes the file.
import Foundation
import Glibc
import RunnerKit

/// Builds the archive; the result is the exit status (2 usage, 1 error, 0 written).
func main() -> Int32 {
    let arguments = Array(CommandLine.arguments.dropFirst())
    let standardError = FileHandle.standardError
    func complain(_ message: String) { standardError.write(Data(("mkcpio: " + message + "\n").utf8)) }
    guard arguments.count >= 2, !arguments.contains(where: { $0 == "-h" || $0 == "--help" }) else {
        complain("usage: mkcpio OUTPUT DIR [DIR...]  (later DIRs override earlier ones)")
        return 2
    }
    let output = arguments[0]
    do {
        let clamp = try ArchiveTime.sourceDateEpoch(ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"])
        var layers: [[CpioEntry]] = []
        for root in arguments.dropFirst() {
            layers.append(try readTree(root: root, clamp: clamp, warn: complain))
        }
        let archive = try CpioNewc.encode(CpioTree.merge(layers))
        // Written beside the target and renamed, so a failed run leaves no half archive.
        let temporary = output + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(archive)),
              rename(temporary, output) == 0 else {
            unlink(temporary)
            complain("cannot write \(output): \(String(cString: strerror(errno)))")
            return 1
        }
    } catch let error as TreeError {
        complain(error.message)
        return 1
    } catch let error as CpioError {
        complain(error.message)
        return 1
    } catch {
        complain("\(error)")
        return 1
    }
    return 0
}

exit(main())

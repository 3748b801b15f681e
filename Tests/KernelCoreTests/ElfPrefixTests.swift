// ElfFile.parse over only the start of a file (exec reads the first page, where linkers
// put the headers, and takes the rest from the file's pages): the same answers as parsing
// the whole file, offsets checked against the whole file, and `.beyondPrefix` when the
// headers need more than the prefix.
import Testing
import LinuxABI
@testable import KernelCore

private func parsePrefix(_ bytes: [UInt8], prefix: Int, allowingInterpreter: Bool = false) -> Result<ElfFile, ElfError> {
    bytes.withUnsafeBytes { raw in
        do throws(ElfError) {
            let start = UnsafeRawBufferPointer(rebasing: raw[0..<min(prefix, raw.count)])
            return .success(try ElfFile.parse(start, fileSize: raw.count, allowingInterpreter: allowingInterpreter))
        } catch {
            return .failure(error)
        }
    }
}

struct ElfPrefixTests {
    @Test func theFirstPageGivesTheSamePlanAsTheWholeFile() throws {
        let bytes = ElfImage().bytes
        let whole = try parse(bytes).get()
        let start = try parsePrefix(bytes, prefix: 4096).get()
        #expect(start.loadPlan.segments == whole.loadPlan.segments)
        #expect(start.entry == whole.entry && start.programHeaders.count == whole.programHeaders.count)
    }

    @Test func segmentsAreCheckedAgainstTheWholeFile() {
        var image = ElfImage()
        image.phdrs[1].filesz = 0x200   // past the end of the 0x1100-byte file
        #expect(parsePrefix(image.bytes, prefix: 4096).failure == .segmentOutsideFile)
        #expect(parse(image.bytes).failure == .segmentOutsideFile)
    }

    @Test func headersPastThePrefixAskForTheWholeFile() throws {
        var image = ElfImage()
        image.phoff = 0x1000 + 64
        image.fileSize = 0x1100 + 256
        #expect(parsePrefix(image.bytes, prefix: 4096).failure == .beyondPrefix)
        _ = try parse(image.bytes).get()
    }

    @Test func anInterpreterPathPastThePrefixAsksForTheWholeFile() throws {
        var image = ElfImage()
        image.phdrs.append(Phdr(type: 3, offset: 0x1000, filesz: 5))
        var bytes = image.bytes
        bytes.replaceSubrange(0x1000..<0x1005, with: Array("/ld\0\0".utf8))
        #expect(parsePrefix(bytes, prefix: 4096, allowingInterpreter: true).failure == .beyondPrefix)
        #expect(try parse(bytes, allowingInterpreter: true).get().interpreterPath == 0x1000..<0x1003)
    }

    @Test func aPrefixAsLongAsTheFileIsTheWholeFile() throws {
        let bytes = ElfImage().bytes
        #expect(try parsePrefix(bytes, prefix: bytes.count).get().loadPlan == (try parse(bytes).get()).loadPlan)
    }
}

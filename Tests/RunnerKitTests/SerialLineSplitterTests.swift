// SerialLineSplitter: lines cut at LF, CR handling, escapes, chunk boundaries.
import Testing
@testable import RunnerKit

struct SerialLineSplitterTests {
    @Test func emptyStreamHasNoLines() {
        #expect(SerialLineSplitter.lines(of: "") == [])
    }

    @Test func crlfAndLfBothEndLines() {
        #expect(SerialLineSplitter.lines(of: "a\r\nb\nc\r\n") == ["a", "b", "c"])
    }

    @Test func loneCarriageReturnSplits() {
        #expect(SerialLineSplitter.lines(of: "progress\rok 1 - x\r\n") == ["progress", "ok 1 - x"])
    }

    @Test func blankLinesSurviveOnce() {
        #expect(SerialLineSplitter.lines(of: "a\n\r\r\n\nb\n") == ["a", "", "", "b"])
    }

    @Test func partialLineWaitsForItsNewline() {
        var splitter = SerialLineSplitter()
        #expect(splitter.feed(Array("ok 1 - sp".utf8)) == [])
        #expect(splitter.feed(Array("lit\r".utf8)) == [])
        #expect(splitter.feed(Array("\nnext".utf8)) == ["ok 1 - split"])
        #expect(splitter.finish() == ["next"])
        #expect(splitter.finish() == [])
    }

    @Test func escapeSplitAcrossChunksIsStripped() {
        var splitter = SerialLineSplitter()
        #expect(splitter.feed(Array("ok 1 \u{1B}[3".utf8)) == [])
        #expect(splitter.feed(Array("2mx\u{1B}[0m\n".utf8)) == ["ok 1 x"])
    }

    @Test func utf8SplitAcrossChunksIsDecoded() {
        let bytes = Array("ü\n".utf8)
        var splitter = SerialLineSplitter()
        #expect(splitter.feed(bytes[0..<1]) == [])
        #expect(splitter.feed(bytes[1...]) == ["ü"])
    }

    @Test func invalidUTF8BecomesReplacementCharacter() {
        var splitter = SerialLineSplitter()
        #expect(splitter.feed([0x61, 0xFF, 0x62, 0x0A]) == ["a\u{FFFD}b"])
    }
}

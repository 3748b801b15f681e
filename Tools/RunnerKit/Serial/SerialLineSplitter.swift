// Cuts the raw serial byte stream into clean text lines, as they arrive: split at LF,
// strip ANSI escapes (see ANSI.swift), and treat a lone CR as a line break too, so
// "progress\rok 1 - x\r\n" yields "progress" and "ok 1 - x".

/// Accumulates bytes and hands out each complete line once its LF has arrived.
public struct SerialLineSplitter: Sendable {
    private var pending: [UInt8] = []

    public init() {}

    /// Adds a chunk of serial bytes; returns the lines it completed, cleaned.
    public mutating func feed(_ bytes: ArraySlice<UInt8>) -> [String] {
        var lines: [String] = []
        var rest = bytes
        while let newline = rest.firstIndex(of: 0x0A) {
            pending += rest[..<newline]
            lines += Self.clean(pending)
            pending.removeAll(keepingCapacity: true)
            rest = rest[(newline + 1)...]
        }
        pending += rest
        return lines
    }

    /// Adds a chunk of serial bytes; returns the lines it completed, cleaned.
    public mutating func feed(_ bytes: [UInt8]) -> [String] {
        feed(bytes[...])
    }

    /// The unfinished last line so far, cleaned (after its last CR): a shell's prompt
    /// waits here for input.
    public var partialLine: String {
        Self.clean(pending).last ?? ""
    }

    /// Returns what is left after the last LF (the stream ended mid-line), cleaned.
    public mutating func finish() -> [String] {
        guard !pending.isEmpty else { return [] }
        defer { pending.removeAll() }
        return Self.clean(pending)
    }

    /// Splits one raw line at CRs, decodes each piece (invalid UTF-8 becomes U+FFFD) and
    /// strips its escapes (no escape sequence contains a CR). Empty pieces are dropped,
    /// but an empty raw line stays one empty line: blank lines survive, and "\r\r\n"
    /// does not turn into three.
    static func clean(_ raw: [UInt8]) -> [String] {
        let pieces = raw.split(separator: 0x0D).map { ANSI.strip(String(decoding: $0, as: UTF8.self)) }
        return pieces.isEmpty ? [""] : pieces
    }

    /// Splits a whole transcript at once, as `feed` followed by `finish` would.
    public static func lines(of text: String) -> [String] {
        var splitter = SerialLineSplitter()
        return splitter.feed(Array(text.utf8)) + splitter.finish()
    }
}

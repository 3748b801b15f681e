// One line of a TAP stream (Test Anything Protocol, testanything.org, versions 12–14),
// classified. TAPReport.swift adds a stream of them up.

/// A directive after `#` on a test line.
public enum TAPDirective: Equatable, Sendable {
    /// `# SKIP reason`: the test did not run; it counts neither as passed nor as failed.
    case skip(String)
    /// `# TODO reason`: recorded but given no special meaning — a `not ok` still fails.
    case todo(String)
}

/// One `ok` / `not ok` line.
public struct TAPTestLine: Equatable, Sendable {
    /// `ok` (true) or `not ok`.
    public var ok: Bool
    /// The test number, if the line has one.
    public var number: Int?
    /// The text after the number and dash, without the directive.
    public var description: String
    /// A SKIP or TODO directive.
    public var directive: TAPDirective?

    public init(ok: Bool, number: Int?, description: String, directive: TAPDirective? = nil) {
        self.ok = ok
        self.number = number
        self.description = description
        self.directive = directive
    }

    /// True for a `# SKIP` directive, on `ok` or `not ok`.
    public var isSkip: Bool {
        if case .skip = directive { return true }
        return false
    }
}

/// What one line of serial output means to TAP.
public enum TAPLine: Equatable, Sendable {
    /// An `ok` or `not ok` line.
    case test(TAPTestLine)
    /// `1..N`, possibly with a `# reason`.
    case plan(Int)
    /// `# text` (the text after `#`, trimmed).
    case comment(String)
    /// `Bail out! reason`: the producer gave up.
    case bailOut(String)
    /// `TAP version N`.
    case version(Int)
    /// Anything else: kernel log output, firmware noise, the summary line.
    case other

    /// Classifies one line (already free of escapes and CR). TAP lines start in column
    /// 0; an indented line is a subtest or log text and is `.other`.
    public static func parse(_ line: String) -> TAPLine {
        if let rest = line.dropPrefix("not ok"), rest.isEmpty || rest.first == " " {
            return .test(testLine(ok: false, rest: rest))
        }
        if let rest = line.dropPrefix("ok"), rest.isEmpty || rest.first == " " {
            return .test(testLine(ok: true, rest: rest))
        }
        if let rest = line.dropPrefix("#") {
            return .comment(String(rest.trimmingSpaces()))
        }
        if let rest = line.dropPrefix("Bail out!") {
            return .bailOut(String(rest.trimmingSpaces()))
        }
        if let rest = line.dropPrefix("TAP version "), let version = Int(rest.trimmingSpaces()) {
            return .version(version)
        }
        if let rest = line.dropPrefix("1..") {
            let count = rest.prefix { $0.isASCII && $0.isNumber }
            let after = rest.dropFirst(count.count).trimmingSpaces()
            if !count.isEmpty, let n = Int(count), after.isEmpty || after.hasPrefix("#") {
                return .plan(n)
            }
        }
        return .other
    }

    /// Parses what follows `ok`/`not ok`: `[number] [-] [description] [# directive]`.
    private static func testLine(ok: Bool, rest: Substring) -> TAPTestLine {
        var text = rest.trimmingSpaces()
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        var number: Int?
        if !digits.isEmpty, text.dropFirst(digits.count).first.map({ $0 == " " }) ?? true {
            number = Int(digits)
            text = text.dropFirst(digits.count).trimmingSpaces()
        }
        if text.hasPrefix("-") { text = text.dropFirst().trimmingSpaces() }
        var description = text
        var directive: TAPDirective?
        if let hash = unescapedHash(in: text) {
            let comment = text[text.index(after: hash)...].trimmingSpaces()
            if let reason = keyword("SKIP", in: comment) {
                directive = .skip(reason)
            } else if let reason = keyword("TODO", in: comment) {
                directive = .todo(reason)
            }
            if directive != nil { description = text[..<hash].trimmingSpaces() }
        }
        return TAPTestLine(ok: ok, number: number, description: String(description), directive: directive)
    }

    /// The first `#` not escaped as `\#` (TAP 14 §"Escaping").
    private static func unescapedHash(in text: Substring) -> Substring.Index? {
        var escaped = false
        for index in text.indices {
            let character = text[index]
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == "#" { return index }
        }
        return nil
    }

    /// If `comment` starts with `word` in any case (`SKIP`, `skip`, `Skipped: …`), the
    /// rest as the reason.
    private static func keyword(_ word: String, in comment: Substring) -> String? {
        guard comment.uppercased().hasPrefix(word) else { return nil }
        let rest = comment.dropFirst(word.count).drop { $0.isLetter || $0 == ":" }
        return String(rest.trimmingSpaces())
    }
}

extension StringProtocol {
    /// The rest after `prefix`, or nil if the text does not start with it.
    func dropPrefix(_ prefix: String) -> SubSequence? {
        hasPrefix(prefix) ? dropFirst(prefix.count) : nil
    }

    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> SubSequence {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        let start = firstIndex { !isBlank($0) } ?? endIndex
        let end = lastIndex { !isBlank($0) }.map(index(after:)) ?? start
        return self[start..<end]
    }
}

// Everything the verdict needs to know about a boot's serial output, gathered line by line
// while the output streams: the TAP count, the guest's last summary line, panic lines and
// which expected-output patterns have matched.

/// Evidence gathered from the serial output of one boot.
public struct SerialAnalysis {
    /// The runner's own count of TAP lines.
    public private(set) var tap = TAPReport()
    /// The last `N passed, M failed` line the guest printed, if any.
    public private(set) var guestSummary: SummaryLine?
    /// Lines that reported a panic or exception, in order.
    public private(set) var panicLines: [String] = []
    /// Number of lines seen (a boot that printed nothing is QEMU failing to start).
    public private(set) var lineCount = 0
    /// The `--expect-output` patterns, as given.
    public let expectedPatterns: [String]
    /// The compiled patterns, index for index (nil if one does not compile).
    private let regexes: [Regex<AnyRegexOutput>?]
    private var matched: [Bool]

    /// `expectedPatterns` are regular expressions (Swift Regex syntax) that must each
    /// match somewhere in one line of the output; they must already be known to compile
    /// (RunnerOptions checks them), an invalid one never matches.
    public init(expectedPatterns: [String] = []) {
        self.expectedPatterns = expectedPatterns
        self.regexes = expectedPatterns.map { try? Regex($0) }
        self.matched = Array(repeating: false, count: expectedPatterns.count)
    }

    /// Patterns that have not matched any line so far.
    public var unmatchedPatterns: [String] {
        zip(expectedPatterns, matched).filter { !$0.1 }.map(\.0)
    }

    /// Adds one clean line of serial output.
    public mutating func add(_ line: String) {
        lineCount += 1
        tap.add(line)
        if let summary = SummaryLine.parse(line) { guestSummary = summary }
        if PanicDetector.isPanic(line) { panicLines.append(line) }
        for (index, regex) in regexes.enumerated() where !matched[index] {
            if let regex, line.contains(regex) { matched[index] = true }
        }
    }

    /// Builds an analysis from whole lines at once.
    public init<Lines: Sequence>(lines: Lines, expectedPatterns: [String] = []) where Lines.Element == String {
        self.init(expectedPatterns: expectedPatterns)
        for line in lines { add(line) }
    }
}

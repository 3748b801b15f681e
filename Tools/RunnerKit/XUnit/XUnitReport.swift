// Reads the JUnit/xUnit XML that `swift test --xunit-output FILE` writes (Swift 6.3):
// Swift Testing results go to FILE with "-swift-testing" before the extension; XCTest
// results go to FILE itself, but only with `--parallel`. Both use <testsuites><testsuite>
// <testcase classname= name=> with <failure message=>, <error> or <skipped>reason</skipped>
// children (XCTest writes no <skipped>: its skips read as passes). XUnitTAP.swift turns
// the cases into TAP.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One `<testcase>`.
public struct XUnitCase: Equatable, Sendable {
    /// How the test case ended.
    public enum Outcome: Equatable, Sendable {
        case passed
        /// The failure messages and texts, in order.
        case failed([String])
        /// Skipped, with the reason.
        case skipped(String)
    }

    /// `classname`: module and suite, e.g. `RunnerKitTests.VerdictTests`.
    public var className: String
    /// `name`: the test function, e.g. `passes()`.
    public var name: String
    public var outcome: Outcome

    public init(className: String, name: String, outcome: Outcome) {
        self.className = className
        self.name = name
        self.outcome = outcome
    }

    /// `Suite.test`, or just the name when there is no class.
    public var fullName: String { className.isEmpty ? name : className + "." + name }
}

/// An XML document that is not readable xUnit.
public struct XUnitError: Error, Equatable, Sendable {
    public var message: String
}

/// Parses xUnit XML into test cases.
public enum XUnitReport {
    /// The `<testcase>` elements of `data`, in document order.
    public static func parse(_ data: Data) throws(XUnitError) -> [XUnitCase] {
        let delegate = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            let detail = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error"
            throw XUnitError(message: "not well-formed XML (line \(parser.lineNumber)): \(detail)")
        }
        guard delegate.sawRoot else { throw XUnitError(message: "no <testsuites> or <testsuite> element") }
        // libxml2's SAX parser does not complain about a document that just stops (a test
        // process killed while writing); unclosed elements give it away.
        guard delegate.depth == 0 else { throw XUnitError(message: "truncated XML (\(delegate.depth) unclosed elements)") }
        return delegate.cases
    }

    /// SAX callbacks: a testcase opens a record, failure/error/skipped children mark it,
    /// the text inside a failure is kept as its detail.
    private final class Collector: NSObject, XMLParserDelegate {
        var cases: [XUnitCase] = []
        var sawRoot = false
        /// Elements opened and not yet closed.
        var depth = 0
        private var current: XUnitCase?
        private var messages: [String] = []
        private var skipReason: String?
        private var text: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String]) {
            depth += 1
            switch name {
            case "testsuites", "testsuite":
                sawRoot = true
            case "testcase":
                current = XUnitCase(className: attributes["classname"] ?? "",
                                    name: attributes["name"] ?? "(unnamed)", outcome: .passed)
                messages = []
                skipReason = nil
            case "failure", "error":
                guard current != nil else { return }
                let kind = name == "error" ? "error" : "failure"
                messages.append(attributes["message"].map { $0.isEmpty ? kind : $0 } ?? kind)
                text = ""
            case "skipped":
                // Swift Testing puts the reason in the text, other writers in `message`.
                skipReason = attributes["message"] ?? ""
                text = ""
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text? += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
                    qualifiedName: String?) {
            depth -= 1
            switch name {
            case "failure", "error":
                if let detail = text?.trimmingCharacters(in: .whitespacesAndNewlines), !detail.isEmpty,
                   detail != messages.last {
                    messages.append(detail)
                }
                text = nil
            case "skipped":
                if let reason = text?.trimmingCharacters(in: .whitespacesAndNewlines), !reason.isEmpty {
                    skipReason = reason
                }
                text = nil
            case "testcase":
                guard var finished = current else { return }
                if !messages.isEmpty {
                    finished.outcome = .failed(messages)
                } else if let skipReason {
                    finished.outcome = .skipped(skipReason)
                }
                cases.append(finished)
                current = nil
            default:
                break
            }
        }
    }
}

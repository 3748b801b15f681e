// XUnitReport and XUnitTAP: the XML that `swift test --xunit-output` writes on Swift 6.3
// (copied from real runs, shortened), converted to TAP.
import Foundation
import Testing
@testable import RunnerKit

struct XUnitTests {
    /// Swift Testing's file (`host-swift-testing.xml`): a pass, a throw, a parameterised
    /// failure, two issues in one test with escaped text, a disabled test.
    static let swiftTesting = """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites>
          <testsuite name="TestResults" errors="0" tests="6" failures="4" skipped="1" time="0.00255173">
            <testcase classname="PTests" name="freeFunction()" time="0.000711489" />
            <testcase classname="PTests" name="thrower()" time="0.001337943" >
              <failure message="Caught error: E() (error)" />
            </testcase>
            <testcase classname="PTests.Suite1" name="param(x:)" time="0.000885612" >
              <failure message="Expectation failed: (x &#8594; 2) != 2 (error)" />
            </testcase>
            <testcase classname="PTests.Suite1" name="failsTwice()" time="0.00176818" >
              <failure message="Expectation failed: 1 == 2 (error)" />
              <failure message="Expectation failed: Bool(false) (error): a &quot;quoted&quot; &lt;tag&gt; &amp; more&#10;second line" />
            </testcase>
            <testcase classname="PTests.Suite1" name="skipped()" >
              <skipped>not today</skipped>
            </testcase>
            <testcase classname="PTests.Suite1" name="passes()" time="0.000915657" />
          </testsuite>
        </testsuites>
        """

    /// XCTest's file (`host.xml`, written with `--parallel` only).
    static let xcTest = """
        <?xml version="1.0" encoding="UTF-8"?>

        <testsuites>
        <testsuite name="TestResults" errors="0" tests="2" failures="1" time="0.042429618">
        <testcase classname="PTests.XCSuite" name="testFails" time="0.014128978">
        <failure message="failure"></failure>
        </testcase>
        <testcase classname="PTests.XCSuite" name="testPasses" time="0.014383811">
        </testcase>
        </testsuite>
        </testsuites>
        """

    @Test func readsSwiftTesting() throws {
        let cases = try XUnitReport.parse(Data(Self.swiftTesting.utf8))
        #expect(cases.map(\.fullName) == [
            "PTests.freeFunction()", "PTests.thrower()", "PTests.Suite1.param(x:)", "PTests.Suite1.failsTwice()",
            "PTests.Suite1.skipped()", "PTests.Suite1.passes()",
        ])
        #expect(cases[0].outcome == .passed)
        #expect(cases[1].outcome == .failed(["Caught error: E() (error)"]))
        #expect(cases[2].outcome == .failed(["Expectation failed: (x → 2) != 2 (error)"]))
        #expect(cases[3].outcome == .failed([
            "Expectation failed: 1 == 2 (error)",
            "Expectation failed: Bool(false) (error): a \"quoted\" <tag> & more\nsecond line",
        ]))
        #expect(cases[4].outcome == .skipped("not today"))
    }

    @Test func readsXCTest() throws {
        let cases = try XUnitReport.parse(Data(Self.xcTest.utf8))
        #expect(cases == [
            XUnitCase(className: "PTests.XCSuite", name: "testFails", outcome: .failed(["failure"])),
            XUnitCase(className: "PTests.XCSuite", name: "testPasses", outcome: .passed),
        ])
    }

    @Test func readsJUnitStyleErrorsAndSkips() throws {
        let xml = """
            <testsuite name="s"><testcase classname="" name="lonely"><error message="">boom
            at line 3</error></testcase><testcase classname="c" name="s"><skipped message="why"/></testcase></testsuite>
            """
        #expect(try XUnitReport.parse(Data(xml.utf8)) == [
            XUnitCase(className: "", name: "lonely", outcome: .failed(["error", "boom\nat line 3"])),
            XUnitCase(className: "c", name: "s", outcome: .skipped("why")),
        ])
    }

    @Test func emptySuiteHasNoCases() throws {
        #expect(try XUnitReport.parse(Data("<testsuites></testsuites>".utf8)) == [])
    }

    @Test(arguments: ["", "not xml", "<testsuites><testcase>", "<html></html>",
                      "<testsuites><testsuite><testcase classname=\"a\" name=\"b\" />"])
    func rejectsWhatIsNotXUnit(text: String) {
        #expect(throws: XUnitError.self) { try XUnitReport.parse(Data(text.utf8)) }
    }

    @Test func convertsBothFilesToTAP() throws {
        let cases = try XUnitReport.parse(Data(Self.xcTest.utf8)) + XUnitReport.parse(Data(Self.swiftTesting.utf8))
        let (lines, passed) = XUnitTAP.convert(cases)
        #expect(!passed)
        #expect(lines == [
            "1..8",
            "not ok 1 - PTests.XCSuite.testFails",
            "# failure",
            "ok 2 - PTests.XCSuite.testPasses",
            "ok 3 - PTests.freeFunction()",
            "not ok 4 - PTests.thrower()",
            "# Caught error: E() (error)",
            "not ok 5 - PTests.Suite1.param(x:)",
            "# Expectation failed: (x → 2) != 2 (error)",
            "not ok 6 - PTests.Suite1.failsTwice()",
            "# Expectation failed: 1 == 2 (error)",
            "# Expectation failed: Bool(false) (error): a \"quoted\" <tag> & more",
            "# second line",
            "ok 7 - PTests.Suite1.skipped() # SKIP not today",
            "ok 8 - PTests.Suite1.passes()",
            "# 1 skipped",
            "3 passed, 4 failed",
        ])
    }

    @Test func tapOfTheConversionReadsBackTheSame() throws {
        let cases = try XUnitReport.parse(Data(Self.swiftTesting.utf8))
        let (lines, _) = XUnitTAP.convert(cases)
        let analysis = SerialAnalysis(lines: lines)
        #expect(analysis.tap.passed == 2 && analysis.tap.failed == 3 && analysis.tap.skipped == 1)
        #expect(analysis.guestSummary == SummaryLine(passed: 2, failed: 3))
        #expect(analysis.tap.plans == [6])
    }

    @Test func allPassing() {
        let (lines, passed) = XUnitTAP.convert([XUnitCase(className: "A", name: "b()", outcome: .passed)])
        #expect(passed)
        #expect(lines == ["1..1", "ok 1 - A.b()", "1 passed, 0 failed"])
    }

    @Test func noCasesIsAFailure() {
        let (lines, passed) = XUnitTAP.convert([])
        #expect(!passed)
        #expect(lines == ["1..1", "not ok 1 - no test cases in the xUnit output", "0 passed, 1 failed"])
    }

    @Test func unreadableFilesAreFailures() {
        let (lines, passed) = XUnitTAP.convert([XUnitCase(className: "A", name: "b", outcome: .passed)],
                                               errors: ["x.xml: cannot read"])
        #expect(!passed)
        #expect(lines == ["1..2", "ok 1 - A.b", "not ok 2 - x.xml: cannot read", "1 passed, 1 failed"])
    }

    @Test func hashInANameIsEscaped() {
        let (lines, _) = XUnitTAP.convert([XUnitCase(className: "A", name: "issue #12 SKIP", outcome: .passed)])
        #expect(lines[1] == "ok 1 - A.issue \\#12 SKIP")
        #expect(TAPLine.parse(lines[1]) == .test(TAPTestLine(ok: true, number: 1, description: "A.issue \\#12 SKIP")))
    }
}

// `apus-run --tap-from-xunit FILE...`: the host unit tests (swift test --xunit-output)
// as a TAP suite with the usual last line, for Tests/run-suites.sh.
import Foundation
import RunnerKit

/// Converts the files and prints TAP; returns 0 if every test passed and there was one.
func tapFromXUnit(_ files: [String]) -> Int32 {
    var cases: [XUnitCase] = []
    var errors: [String] = []
    for file in files {
        guard let data = FileManager.default.contents(atPath: file) else {
            errors.append("\(file): cannot read")
            continue
        }
        do {
            // Swift Testing writes cases in the order they finished, which varies from run
            // to run; sorted, the TAP numbers stay put and two logs can be compared.
            cases += try XUnitReport.parse(data).sorted { $0.fullName < $1.fullName }
        } catch {
            errors.append("\(file): \(error.message)")
        }
    }
    let (lines, passed) = XUnitTAP.convert(cases, errors: errors)
    for line in lines { LineWriter.standardOutput.line(line) }
    return passed ? 0 : 1
}

// BootTimes: median and the `make bench` report line.
import Testing
@testable import RunnerKit

struct BootTimesTests {
    @Test(arguments: [
        ([Double](), nil as Double?),
        ([4.0], 4.0),
        ([5.0, 1.0], 3.0),
        ([4.31, 4.05, 4.12, 4.20, 4.10], 4.12),
        ([1.0, 9.0, 2.0, 3.0], 2.5),
    ])
    func median(times: [Double], expected: Double?) {
        #expect(BootTimes(times).median == expected)
    }

    @Test func report() {
        #expect(BootTimes([4.31, 4.05, 4.12, 4.20, 4.10]).report()
            == "boot to banner: median 4.12 s over 5 boots (4.05 4.10 4.12 4.20 4.31)")
        #expect(BootTimes([3.3]).report() == "boot to banner: median 3.30 s over 1 boot (3.30)")
        #expect(BootTimes([]).report() == nil)
    }

    @Test(arguments: [(0.0, "0.00"), (0.004, "0.00"), (0.006, "0.01"), (4.125, "4.13"), (12.0, "12.00"),
                      (0.999, "1.00"), (-0.5, "-0.50"), (-1.25, "-1.25")])
    func format(value: Double, text: String) {
        #expect(BootTimes.format(value) == text)
    }
}

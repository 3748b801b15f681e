// sleep(1): pauses for the sum of its operands: seconds with fractions ("0.5") and GNU's
// s/m/h/d suffixes.
import Runtime
import UtilFormat
import UtilKit

@main struct Sleep: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        let tool = Tool(arguments, usage: "NUMBER[SUFFIX]...")
        let operands = Array(arguments.dropFirst())
        guard !operands.isEmpty else { return tool.usageError("missing operand") }
        var total: Int64 = 0
        for word in operands {
            guard let nanoseconds = parseDuration(word) else {
                return tool.usageError("invalid time interval '" + word + "'")
            }
            total = total.addingReportingOverflow(nanoseconds).overflow ? Int64.max : total + nanoseconds
        }
        do { try sleepNanoseconds(total) } catch {
            tool.complain("cannot sleep: " + errnoText(error))
            return 1
        }
        return 0
    }
}

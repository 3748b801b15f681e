// ShellCore's getopts step against dash's answers: the sequence of (name, OPTARG, OPTIND)
// a loop sees, the end, silent mode and the messages.
import Testing
@testable import ShellCore

@Suite struct GetoptsTests {
    /// Runs getopts until it is done; each step as "name OPTARG-or-unset OPTIND [message]".
    private func loop(_ options: String, _ arguments: [String]) -> [String] {
        var position = GetoptsPosition()
        var seen: [String] = []
        for _ in 0..<10 {
            let step = getoptsStep(options, arguments, &position)
            var text = step.name + " "
            switch step.argument {
            case .set(let v): text += "[" + v + "]"
            case .unset: text += "unset"
            case .unchanged: text += "same"
            }
            text += " " + String(position.index)
            if let m = step.message { text += " " + m }
            if step.done { text += " done" }
            seen.append(text)
            if step.done { break }
        }
        return seen
    }

    @Test func optionsArgumentsAndOperands() {
        #expect(loop("ab:c", ["-a", "-b", "arg", "-c", "x"]) == ["a [] 2", "b [arg] 4", "c [] 5", "? same 5 done"])
        #expect(loop("ab:", ["-abfoo", "--", "-a"]) == ["a [] 2", "b [foo] 2", "? same 3 done"])
        #expect(loop("ab", []) == ["? same 1 done"])
        #expect(loop("ab", ["-"]) == ["? same 1 done"])
        #expect(loop("ab", ["x", "-a"]) == ["? same 1 done"])
    }

    @Test func badOptionsAndMissingArguments() {
        #expect(loop("ab", ["-xay", "-b"]) == ["? unset 2 Illegal option -x", "a [] 2", "? unset 2 Illegal option -y",
                                               "b [] 3", "? same 3 done"])
        #expect(loop(":ab", ["-xay"]) == ["? [x] 2", "a [] 2", "? [y] 2", "? same 2 done"])
        #expect(loop("ab:", ["-b"]) == ["? unset 2 No arg for -b option", "? same 2 done"])
        #expect(loop(":ab:", ["-b"]) == [": [b] 2", "? same 2 done"])
        #expect(loop(":a", ["-:"]) == [": [] 2", "? same 2 done"])
    }
}

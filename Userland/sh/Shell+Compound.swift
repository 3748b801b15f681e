// Compound commands in the shell's own process (POSIX XCU 2.9.4): { }, if, while/until,
// for and case; break/continue [n] unwind loops through `jump` (Shell.swift).
import Runtime
import ShellCore

extension Shell {
    func runCompound(_ compound: CompoundCommand) -> Int32 {
        switch compound {
        case .group(let items): return run(items)
        case .ifClause(let branches, let elseBody):
            for branch in branches {
                let condition = runCondition(branch.condition)
                if unwinding { return condition }
                if condition == 0 { return run(branch.body) }
            }
            if let elseBody { return run(elseBody) }
            return 0
        case .loop(let kind, let condition, let body):
            return runLoop(kind, condition, body)
        case .forLoop(let name, let words, let body, let line):
            currentLine = line
            let values: [String]
            if let words {
                substitutionStatus = nil
                guard let expanded = expandWords(words) else { return 2 }
                values = expanded
            } else {
                values = context.positional
            }
            return runFor(name, values, body)
        case .caseClause(let word, let items):
            guard let subject = expandString(word) else { return 2 }
            for item in items {
                for pattern in item.patterns {
                    guard let p = expandPattern(pattern) else { return 2 }
                    if patternMatches(p, subject) { return runList(item.body) }
                }
            }
            return 0
        }
    }

    /// An if/while/until test: `set -e` does not apply inside it.
    private func runCondition(_ items: [ListItem]) -> Int32 {
        conditionDepth += 1
        defer { conditionDepth -= 1 }
        return run(items)
    }

    /// while/until: the status of the last body run, 0 when it never ran.
    private func runLoop(_ kind: LoopKind, _ condition: [ListItem], _ body: [ListItem]) -> Int32 {
        loopDepth += 1
        defer { loopDepth -= 1 }
        var status: Int32 = 0
        while exitRequested == nil {
            let test = runCondition(condition)
            if jump != nil { if leavesLoop() { break } else { continue } }
            if (test == 0) != (kind == .whileLoop) { break }
            status = run(body)
            if jump != nil && leavesLoop() { break }
        }
        return status
    }

    private func runFor(_ name: String, _ values: [String], _ body: [ListItem]) -> Int32 {
        loopDepth += 1
        defer { loopDepth -= 1 }
        var status: Int32 = 0
        for value in values {
            if exitRequested != nil { break }
            guard assignVariable(name, value) else { status = assignmentFailed(); break }
            status = run(body)
            if jump != nil && leavesLoop() { break }
        }
        return status
    }

    /// After the body stopped for `jump`: whether this loop ends (break, an outer
    /// continue, return, ^C) or goes on with its next round (continue 1).
    private func leavesLoop() -> Bool {
        switch jump {
        case .breakLoop(let n)?:
            jump = n > 1 ? .breakLoop(n - 1) : nil
            return true
        case .continueLoop(let n)?:
            if n > 1 { jump = .continueLoop(n - 1); return true }
            jump = nil
            return false
        case .returnFunction?, .interrupt?, .abandonLine?: return true
        case nil: return false
        }
    }
}

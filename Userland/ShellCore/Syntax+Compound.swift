// The compound commands of POSIX XCU 2.9.4 as values: brace groups, if, while/until, for
// and case. Syntax.swift has the simple parts; Parser+Compound.swift builds these.

/// A compound command (its redirections are kept by `Command.compound`).
public indirect enum CompoundCommand: Equatable, Sendable {
    /// `{ list; }`: runs in the current shell.
    case group([ListItem])
    /// `if list; then list; [elif list; then list;]... [else list;] fi`.
    case ifClause([ConditionalBranch], elseBody: [ListItem]?)
    /// `while list; do list; done` (`until`: while the condition fails).
    case loop(LoopKind, condition: [ListItem], body: [ListItem])
    /// `for name [in word...]; do list; done`; `words` nil: no `in`, so "$@". `line`: where
    /// it starts, for the messages of its expansion and assignments.
    case forLoop(String, words: [Word]?, body: [ListItem], line: Int)
    /// `case word in [(]pattern[|pattern]...) list;; ... esac`.
    case caseClause(Word, [CaseItem])
}

/// `while` runs its body while the condition succeeds, `until` while it fails.
public enum LoopKind: Equatable, Sendable { case whileLoop, untilLoop }

/// One `if`/`elif` test with the list it guards.
public struct ConditionalBranch: Equatable, Sendable {
    public var condition: [ListItem]
    public var body: [ListItem]
    public init(condition: [ListItem], body: [ListItem]) { self.condition = condition; self.body = body }
}

/// `pattern|pattern) list ;;`.
public struct CaseItem: Equatable, Sendable {
    public var patterns: [Word]
    public var body: [ListItem]
    public init(patterns: [Word], body: [ListItem]) { self.patterns = patterns; self.body = body }
}

/// The words that are reserved at the start of a command (POSIX XCU 2.4).
let reservedWords = ["if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while",
                     "until", "for", "{", "}", "!", "in"]

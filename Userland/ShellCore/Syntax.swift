// The shell's syntax as values: words made of quoted/unquoted parts and parameter
// expansions (Word), redirections, and the tree of lists, and-or lists, pipelines and
// simple commands (POSIX XCU 2.9). Lexer.swift makes tokens, Parser.swift the tree.

/// How `${name...}` modifies a parameter. POSIX XCU 2.6.2.
public indirect enum ParameterModifier: Equatable, Sendable {
    /// `$name` or `${name}`.
    case none
    /// `${#name}`: the length of the value.
    case length
    /// `${name-word}` (`colon`: `${name:-word}`, also when empty).
    case defaultValue(Word, colon: Bool)
    /// `${name+word}` (`colon`: `${name:+word}`, only when non-empty).
    case alternative(Word, colon: Bool)
    /// `${name=word}` (`colon`: `${name:=word}`): the default, also assigned.
    case assignDefault(Word, colon: Bool)
    /// `${name?word}` (`colon`: `${name:?word}`): an error when unset (or empty).
    case errorIfUnset(Word, colon: Bool)
    /// `${name#pattern}` (`longest`: `##`): the value without its shortest (longest) matching prefix.
    case removePrefix(Word, longest: Bool)
    /// `${name%pattern}` (`longest`: `%%`): the value without its shortest (longest) matching suffix.
    case removeSuffix(Word, longest: Bool)
}

/// One piece of a word.
public enum WordPart: Equatable, Sendable {
    /// Text; `quoted` text is not split into fields.
    case literal(String, quoted: Bool)
    /// A parameter: a name, a digit, or one of `? $ ! # @ * -`.
    case parameter(String, ParameterModifier, quoted: Bool)
    /// `$(list)` or `` `list` ``: the commands' output, trailing newlines removed.
    case commandSubstitution([ListItem], quoted: Bool)
    /// `$((expression))`: the expression's text (parameters expanded first) evaluated.
    case arithmetic(Word, quoted: Bool)
}

/// A shell word before expansion.
public struct Word: Equatable, Sendable {
    /// Its parts in order.
    public var parts: [WordPart]
    public init(_ parts: [WordPart]) { self.parts = parts }
    /// A word of one unquoted literal (for tests and builtins).
    public static func plain(_ text: String) -> Word { Word([.literal(text, quoted: false)]) }
}

/// What a redirection does. POSIX XCU 2.7.
public enum RedirectionKind: Equatable, Sendable {
    /// `<`: open for reading.
    case input
    /// `>`: create or truncate.
    case output
    /// `>>`: create or append.
    case append
    /// `>|`: create or truncate, even under `set -C` (noclobber).
    case clobber
    /// `>&`: duplicate an output descriptor (`-` closes).
    case duplicateOutput
    /// `<&`: duplicate an input descriptor (`-` closes).
    case duplicateInput
    /// `<>`: open for reading and writing.
    case readWrite
    /// `<<word` (`stripTabs`: `<<-word`): the target is the document's body, read from the
    /// lines after the command up to the delimiter.
    case hereDocument(stripTabs: Bool)

    /// The descriptor it applies to when no number is written: 0 for input, 1 for output.
    public var defaultDescriptor: Int {
        switch self {
        case .input, .duplicateInput, .readWrite, .hereDocument: return 0
        case .output, .append, .clobber, .duplicateOutput: return 1
        }
    }
}

/// `[n]op word`.
public struct Redirection: Equatable, Sendable {
    /// The descriptor redirected.
    public var descriptor: Int
    public var kind: RedirectionKind
    public var target: Word
    public init(descriptor: Int, kind: RedirectionKind, target: Word) {
        self.descriptor = descriptor; self.kind = kind; self.target = target
    }
}

/// `NAME=value` before a command.
public struct Assignment: Equatable, Sendable {
    public var name: String
    public var value: Word
    public init(name: String, value: Word) { self.name = name; self.value = value }
}

/// Assignments, words and redirections, in the order written within each kind.
public struct SimpleCommand: Equatable, Sendable {
    public var assignments: [Assignment] = []
    public var words: [Word] = []
    public var redirections: [Redirection] = []
    /// The line it starts on, for error messages ("sh: 3: x: not found"); not part of `==`.
    public var line = 0
    public init(assignments: [Assignment] = [], words: [Word] = [], redirections: [Redirection] = []) {
        self.assignments = assignments; self.words = words; self.redirections = redirections
    }
    public static func == (a: SimpleCommand, b: SimpleCommand) -> Bool {
        a.assignments == b.assignments && a.words == b.words && a.redirections == b.redirections
    }
}

/// One command of a pipeline.
public indirect enum Command: Equatable, Sendable {
    case simple(SimpleCommand)
    /// `( list )` with its redirections: runs in a child shell.
    case subshell([ListItem], [Redirection])
    /// `{ }`, `if`, `while`/`until`, `for` or `case` with its redirections: runs in the shell.
    case compound(CompoundCommand, [Redirection])
    /// `name() command`: defines a function (the body runs each time it is called).
    case function(String, Command)
}

/// `[!] command | command ...`.
public struct Pipeline: Equatable, Sendable {
    public var negated: Bool
    public var commands: [Command]
    public init(negated: Bool = false, commands: [Command]) { self.negated = negated; self.commands = commands }
}

/// `&&` or `||` between pipelines.
public enum Connector: Equatable, Sendable { case and, or }

/// `pipeline (&&|| pipeline)*`: `rest` pairs each later pipeline with the operator before it.
public struct AndOrList: Equatable, Sendable {
    public var first: Pipeline
    public var rest: [ConnectedPipeline]
    public init(first: Pipeline, rest: [ConnectedPipeline] = []) { self.first = first; self.rest = rest }
}

/// A pipeline after `&&` or `||`.
public struct ConnectedPipeline: Equatable, Sendable {
    public var connector: Connector
    public var pipeline: Pipeline
    public init(_ connector: Connector, _ pipeline: Pipeline) { self.connector = connector; self.pipeline = pipeline }
}

/// An and-or list ended by `;`, newline or `&` (`background`).
public struct ListItem: Equatable, Sendable {
    public var command: AndOrList
    public var background: Bool
    public init(_ command: AndOrList, background: Bool = false) { self.command = command; self.background = background }
}

/// A malformed input, worded as dash words it (the shell prints
/// "sh: LINE: Syntax error: MESSAGE"). `incomplete`: more input could complete it (an open
/// quote, a trailing `|`, an `if` without `fi`), so an interactive shell may read another line.
public struct SyntaxError: Error, Equatable, Sendable {
    /// `"|" unexpected`, `end of file unexpected (expecting "fi")`, `Unterminated quoted string`.
    public var message: String
    public var incomplete: Bool
    /// The line (from 1) the error was found on.
    public var line: Int
    public init(_ message: String, incomplete: Bool = false, line: Int = 1) {
        self.message = message; self.incomplete = incomplete; self.line = line
    }
}

// One step of the getopts builtin (POSIX getopts(1)), as dash does it: the option letter
// for the variable, OPTARG (set, empty, or unset), OPTIND, and the message dash writes for
// a bad option or a missing argument when the option string does not start with ':'.
// The shell keeps the position between calls (which argument, how far into it).

/// Where getopts is: `index` is OPTIND (the next argument, from 1); `offset` is how far
/// into the argument before it a cluster like `-abc` was read (-1: none).
public struct GetoptsPosition: Equatable, Sendable {
    public var index: Int
    public var offset: Int
    public init(index: Int = 1, offset: Int = -1) { self.index = index; self.offset = offset }
}

/// What one call found.
public struct GetoptsStep: Equatable, Sendable {
    /// The value for the variable: the letter, `?` or `:`.
    public var name: String
    /// What to do with OPTARG.
    public var argument: GetoptsArgument
    /// To standard error, without the shell's prefix ("Illegal option -x").
    public var message: String?
    /// No more options: the status is 1.
    public var done: Bool
}

/// OPTARG after a call: set, unset, or (at the end of the options) left as it was.
public enum GetoptsArgument: Equatable, Sendable {
    case set(String)
    case unset
    case unchanged
}

/// Reads the next option of `arguments` for `optionString` from `position`, moving it on.
public func getoptsStep(_ optionString: String, _ arguments: [String], _ position: inout GetoptsPosition) -> GetoptsStep {
    let options = Array(optionString.utf8)
    let silent = options.first == ascii(":")
    let words = arguments.map { Array($0.utf8) }
    var next = max(position.index, 1) - 1   // the argument after the one being read
    var word: [UInt8] = []
    var at = -1
    if next >= 1, position.offset >= 0, next - 1 < words.count, position.offset < words[next - 1].count {
        word = words[next - 1]
        at = position.offset
    }
    var step = GetoptsStep(name: "?", argument: .unset, message: nil, done: false)
    if at < 0 {
        // The cluster is used up: the next argument must be `-x...`; `-`, `--` or an
        // operand ends the options (`--` is stepped over).
        let isOption = next < words.count && words[next].count > 1 && words[next][0] == ascii("-")
        if isOption { word = words[next]; next += 1 }
        guard isOption, word != [ascii("-"), ascii("-")] else {
            step.done = true
            step.argument = .unchanged
            position = GetoptsPosition(index: next + 1, offset: -1)
            return step
        }
        at = 1
    }
    let letter = word[at]
    at += 1
    let letterText = String(decoding: [letter], as: UTF8.self)
    var reading = -1
    if let found = optionIndex(letter, options) {
        if found + 1 < options.count && options[found + 1] == ascii(":") {
            if at < word.count {
                step.name = letterText
                step.argument = .set(String(decoding: word[at...], as: UTF8.self))
            } else if next < words.count {
                step.name = letterText
                step.argument = .set(arguments[next])
                next += 1
            } else if silent {
                step.name = ":"
                step.argument = .set(letterText)
            } else {
                step.message = "No arg for -" + letterText + " option"
            }
        } else {
            step.name = letterText
            step.argument = .set("")
            reading = at < word.count ? at : -1
        }
    } else {
        if silent { step.argument = .set(letterText) } else { step.message = "Illegal option -" + letterText }
        reading = at < word.count ? at : -1
    }
    position = GetoptsPosition(index: next + 1, offset: reading)
    return step
}

/// Where `letter` is in the option string, stepping over the `:` after a letter (a leading
/// `:` can itself match, as in dash); nil if absent.
private func optionIndex(_ letter: UInt8, _ options: [UInt8]) -> Int? {
    var i = 0
    while i < options.count {
        if options[i] == letter { return i }
        i += 1
        if i < options.count && options[i] == ascii(":") { i += 1 }
    }
    return nil
}

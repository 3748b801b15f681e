// `#!interpreter [argument]` script lines, parsed as Linux's binfmt_script does: from the
// first BINPRM_BUF_SIZE bytes of the file, the interpreter ends at the first space, tab or
// NUL, everything after it (leading and trailing blanks trimmed) is one optional argument,
// and a line that does not fit is refused only when the interpreter itself would be cut.
import LinuxABI

/// A parsed `#!` line.
public struct ShebangLine: Equatable, Sendable {
    /// The interpreter path, as written (may be relative).
    public var interpreter: [UInt8]
    /// The one optional argument (possibly truncated, as on Linux).
    public var argument: [UInt8]?

    public init(interpreter: [UInt8], argument: [UInt8]?) {
        self.interpreter = interpreter
        self.argument = argument
    }
}

public enum Shebang {
    /// How much of the file exec looks at. Linux: BINPRM_BUF_SIZE.
    public static let bufferSize = 256
    /// How many times one execve may move on to an interpreter before ELOOP. Linux:
    /// exec_binprm's `depth > 5` check.
    public static let maxRewrites = 5

    /// True when the file starts with "#!".
    public static func isScript(_ head: UnsafeRawBufferPointer) -> Bool {
        head.count >= 2 && head[0] == UInt8(ascii: "#") && head[1] == UInt8(ascii: "!")
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// The first index in first...last (inclusive) that is not a blank.
    private static func nextNonBlank(_ buffer: [UInt8], _ first: Int, _ last: Int) -> Int? {
        var index = first
        while index <= last {
            if !isBlank(buffer[index]) { return index }
            index += 1
        }
        return nil
    }

    /// The first index in first...last (inclusive) holding a blank or NUL.
    private static func nextTerminator(_ buffer: [UInt8], _ first: Int, _ last: Int) -> Int? {
        var index = first
        while index <= last {
            if isBlank(buffer[index]) || buffer[index] == 0 { return index }
            index += 1
        }
        return nil
    }

    /// Bytes from `start` up to `end` or the first NUL before it.
    private static func string(_ buffer: [UInt8], _ start: Int, _ end: Int) -> [UInt8] {
        var result: [UInt8] = []
        var index = start
        while index < end, buffer[index] != 0 {
            result.append(buffer[index])
            index += 1
        }
        return result
    }

    /// Parses the start of a file that `isScript`; ENOEXEC when no interpreter can be read.
    public static func parse(_ head: UnsafeRawBufferPointer) throws(Errno) -> ShebangLine {
        guard isScript(head) else { throw .ENOEXEC }
        // A file shorter than the buffer reads as NUL padding, as Linux's bprm->buf does.
        var buffer = [UInt8](repeating: 0, count: bufferSize)
        for index in 0..<min(head.count, bufferSize) { buffer[index] = head[index] }
        let bufferEnd = bufferSize - 1
        var lineEnd: Int
        if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
            lineEnd = newline
        } else {
            guard let name = nextNonBlank(buffer, 2, bufferEnd) else { throw .ENOEXEC }
            // Without a later blank or NUL the interpreter's path would be cut short.
            guard nextTerminator(buffer, name, bufferEnd) != nil else { throw .ENOEXEC }
            lineEnd = bufferEnd
        }
        while lineEnd > 2, isBlank(buffer[lineEnd - 1]) { lineEnd -= 1 }
        guard let name = nextNonBlank(buffer, 2, lineEnd), name != lineEnd else { throw .ENOEXEC }
        let separator = nextTerminator(buffer, name, lineEnd)
        let interpreter = string(buffer, name, separator ?? lineEnd)
        guard !interpreter.isEmpty else { throw .ENOEXEC }
        var argument: [UInt8]? = nil
        if let separator, buffer[separator] != 0, let start = nextNonBlank(buffer, separator, lineEnd), start < lineEnd {
            argument = string(buffer, start, lineEnd)
        }
        return ShebangLine(interpreter: interpreter, argument: argument)
    }

    /// The new argv: interpreter, the argument if any, the script's path (as execve got it),
    /// then the original argv without its argv[0]. Linux: load_script.
    public static func arguments(for line: ShebangLine, scriptPath: [UInt8], argv: [[UInt8]]) -> [[UInt8]] {
        var result: [[UInt8]] = [line.interpreter]
        if let argument = line.argument { result.append(argument) }
        result.append(scriptPath)
        result.append(contentsOf: argv.dropFirst())
        return result
    }
}

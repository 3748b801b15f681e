// Arithmetic expansion's evaluator (POSIX XCU 2.6.4, C integer rules on 64-bit signed
// values): numbers (decimal, 0x hex, 0 octal), variable names, ( ), unary + - ! ~, and the
// binary operators * / % + - << >> < <= > >= == != & ^ | && || and ?: by C precedence,
// and the assignments = += -= *= /= %= <<= >>= &= ^= |= (returned for the shell to make).
// The side of `&&`, `||` and `?:` whose value is not needed is parsed but not evaluated (no
// assignment, no variable read, no division by zero), as in C and dash. Like dash, there is
// no `++`/`--` (`++x` is `+(+x)`, `x++` lacks a primary) and no comma operator.
// Errors are worded as dash words them.

/// An expansion that cannot be done: the shell reports it and the command fails.
public struct ExpansionError: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// Evaluates `expression`; `lookup` gives a variable's value (nil or empty: 0).
public func evaluateArithmetic(_ expression: String, lookup: (String) -> String?) throws(ExpansionError) -> Int {
    try evaluateArithmeticAssigning(expression, lookup: lookup).value
}

/// Evaluates `expression` and lists the assignments it made, in order, for the caller to
/// store (later reads in the same expression already see them).
public func evaluateArithmeticAssigning(_ expression: String, lookup: (String) -> String?)
    throws(ExpansionError) -> (value: Int, assignments: [(String, Int)]) {
    var evaluator = ArithmeticEvaluator(bytes: Array(expression.utf8), text: expression)
    let value = try evaluator.assignment(lookup)
    evaluator.skipBlanks()
    if evaluator.index < evaluator.bytes.count { throw evaluator.failure("expecting EOF") }
    return (value, evaluator.assignments)
}

/// The assignment operators, longest first so `<<=` is not read as `<`.
private let assignmentOperators = ["<<=", ">>=", "+=", "-=", "*=", "/=", "%=", "&=", "^=", "|=", "="]

/// The binary operators by precedence level, lowest first (`&&`, `||` and `?:` are apart
/// because they do not evaluate both sides' errors).
private let binaryLevels: [[String]] = [["|"], ["^"], ["&"], ["==", "!="], ["<=", ">=", "<", ">"],
                                        ["<<", ">>"], ["+", "-"], ["*", "/", "%"]]

struct ArithmeticEvaluator {
    let bytes: [UInt8]
    let text: String
    var index = 0
    /// Assignments made so far (the latest value of a name is its last entry).
    var assignments: [(String, Int)] = []
    /// How many enclosing `&&`/`||`/`?:` operands are being parsed without being
    /// evaluated; above 0, nothing is assigned, read or divided.
    var skipping = 0
    var evaluating: Bool { skipping == 0 }

    init(bytes: [UInt8], text: String) { self.bytes = bytes; self.text = text }

    func failure(_ what: String) -> ExpansionError {
        ExpansionError("arithmetic expression: " + what + ": \"" + text + "\"")
    }

    mutating func skipBlanks() {
        while index < bytes.count, bytes[index] == ascii(" ") || bytes[index] == ascii("\t") || bytes[index] == ascii("\n") { index += 1 }
    }

    /// Consumes `op` when it comes next (and is not the start of a longer operator).
    mutating func take(_ op: String) -> Bool {
        skipBlanks()
        let o = Array(op.utf8)
        guard index + o.count <= bytes.count, Array(bytes[index..<index + o.count]) == o else { return false }
        // `<` must not take the start of `<<` or `<=`, `&` of `&&`, `|` of `||`, `=` is no operator alone.
        if index + o.count < bytes.count {
            let next = bytes[index + o.count]
            if o.count == 1 && (next == o[0] && (o[0] == ascii("<") || o[0] == ascii(">") || o[0] == ascii("&") || o[0] == ascii("|"))) { return false }
            if o.count == 1 && next == ascii("=") && (o[0] == ascii("<") || o[0] == ascii(">") || o[0] == ascii("!")) { return false }
        }
        index += o.count
        return true
    }

    /// `name op= expression` (right-associative), or a conditional expression.
    mutating func assignment(_ lookup: (String) -> String?) throws(ExpansionError) -> Int {
        skipBlanks()
        let start = index
        if index < bytes.count, isNameStart(bytes[index]) {
            while index < bytes.count, isNameStart(bytes[index]) || isDigit(bytes[index]) { index += 1 }
            let name = String(decoding: bytes[start..<index], as: UTF8.self)
            skipBlanks()
            for op in assignmentOperators {
                let o = Array(op.utf8)
                guard index + o.count <= bytes.count, Array(bytes[index..<index + o.count]) == o else { continue }
                // `==` is a comparison, not an assignment.
                if op == "=" && index + 1 < bytes.count && bytes[index + 1] == ascii("=") { break }
                index += o.count
                let right = try assignment(lookup)
                let value = op == "=" ? right : try apply(String(op.dropLast()), try variable(name, lookup), right)
                if evaluating { assignments.append((name, value)) }
                return value
            }
        }
        index = start
        return try conditional(lookup)
    }

    mutating func conditional(_ lookup: (String) -> String?) throws(ExpansionError) -> Int {
        let condition = try logicalOr(lookup)
        guard take("?") else { return condition }
        if condition == 0 { skipping += 1 }
        let yes = try assignment(lookup)
        if condition == 0 { skipping -= 1 }
        guard take(":") else { throw failure("expecting ':'") }
        if condition != 0 { skipping += 1 }
        let no = try assignment(lookup)
        if condition != 0 { skipping -= 1 }
        return condition != 0 ? yes : no
    }

    mutating func logicalOr(_ lookup: (String) -> String?) throws(ExpansionError) -> Int {
        var value = try logicalAnd(lookup)
        while take("||") {
            let decided = value != 0
            if decided { skipping += 1 }
            let right = try logicalAnd(lookup)
            if decided { skipping -= 1 }
            value = (decided || right != 0) ? 1 : 0
        }
        return value
    }

    mutating func logicalAnd(_ lookup: (String) -> String?) throws(ExpansionError) -> Int {
        var value = try binary(0, lookup)
        while take("&&") {
            let decided = value == 0
            if decided { skipping += 1 }
            let right = try binary(0, lookup)
            if decided { skipping -= 1 }
            value = (!decided && right != 0) ? 1 : 0
        }
        return value
    }

    mutating func binary(_ level: Int, _ lookup: (String) -> String?) throws(ExpansionError) -> Int {
        if level == binaryLevels.count { return try unary(lookup) }
        var value = try binary(level + 1, lookup)
        while true {
            var found: String? = nil
            for op in binaryLevels[level] where take(op) { found = op; break }
            guard let op = found else { return value }
            let right = try binary(level + 1, lookup)
            value = try apply(op, value, right)
        }
    }

    func apply(_ op: String, _ a: Int, _ b: Int) throws(ExpansionError) -> Int {
        switch op {
        case "|": return a | b
        case "^": return a ^ b
        case "&": return a & b
        case "==": return a == b ? 1 : 0
        case "!=": return a != b ? 1 : 0
        case "<": return a < b ? 1 : 0
        case "<=": return a <= b ? 1 : 0
        case ">": return a > b ? 1 : 0
        case ">=": return a >= b ? 1 : 0
        case "<<": return a << (b & 63)
        case ">>": return a >> (b & 63)
        case "+": return a &+ b
        case "-": return a &- b
        case "*": return a &* b
        default:
            if b == 0 {
                guard evaluating else { return 0 }
                throw failure("division by zero")
            }
            return op == "/" ? a.dividedReportingOverflow(by: b).partialValue : a.remainderReportingOverflow(dividingBy: b).partialValue
        }
    }

    mutating func unary(_ lookup: (String) -> String?) throws(ExpansionError) -> Int {
        if take("-") { return 0 &- (try unary(lookup)) }
        if take("+") { return try unary(lookup) }
        if take("!") { return try unary(lookup) == 0 ? 1 : 0 }
        if take("~") { return ~(try unary(lookup)) }
        return try primary(lookup)
    }

    mutating func primary(_ lookup: (String) -> String?) throws(ExpansionError) -> Int {
        skipBlanks()
        if take("(") {
            let value = try assignment(lookup)
            guard take(")") else { throw failure("expecting ')'") }
            return value
        }
        guard index < bytes.count else { throw failure("expecting primary") }
        let start = index
        if isDigit(bytes[index]) {
            while index < bytes.count, isNameStart(bytes[index]) || isDigit(bytes[index]) { index += 1 }
            guard let n = parseInteger(Array(bytes[start..<index])) else { throw failure("expecting primary") }
            return n
        }
        guard isNameStart(bytes[index]) else { throw failure("expecting primary") }
        while index < bytes.count, isNameStart(bytes[index]) || isDigit(bytes[index]) { index += 1 }
        return try variable(String(decoding: bytes[start..<index], as: UTF8.self), lookup)
    }

    /// A variable's value as a number: the latest assignment here, else the shell's value.
    func variable(_ name: String, _ lookup: (String) -> String?) throws(ExpansionError) -> Int {
        guard evaluating else { return 0 }
        if let assigned = assignments.last(where: { $0.0 == name }) { return assigned.1 }
        guard let value = lookup(name), !value.isEmpty else { return 0 }
        guard let n = parseInteger(Array(value.utf8)) else { throw ExpansionError("Illegal number: " + value) }
        return n
    }
}

/// A C integer constant: decimal, `0x` hex or `0` octal, with an optional sign.
func parseInteger(_ digits: [UInt8]) -> Int? {
    var d = digits[...]
    var negative = false
    if d.first == ascii("-") || d.first == ascii("+") { negative = d.first == ascii("-"); d = d.dropFirst() }
    var radix = 10
    if d.count > 2 && d.first == ascii("0") && (d.dropFirst().first == ascii("x") || d.dropFirst().first == ascii("X")) {
        radix = 16; d = d.dropFirst(2)
    } else if d.count > 1 && d.first == ascii("0") {
        radix = 8; d = d.dropFirst()
    }
    guard !d.isEmpty else { return nil }
    var value = 0
    for c in d {
        let digit: Int
        if isDigit(c) { digit = Int(c - ascii("0")) }
        else if c >= ascii("a") && c <= ascii("f") { digit = Int(c - ascii("a")) + 10 }
        else if c >= ascii("A") && c <= ascii("F") { digit = Int(c - ascii("A")) + 10 }
        else { return nil }
        guard digit < radix else { return nil }
        value = value &* radix &+ digit
    }
    return negative ? 0 &- value : value
}

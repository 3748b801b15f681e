// The shell's aliases (POSIX XCU 2.3.1, alias, unalias): a table kept sorted by name, as
// dash lists it, that the parser consults when it reads a command's first word
// (Parser+Alias.swift). The `alias`/`unalias` builtins' wording follows dash.

/// One alias: `name` stands for `value` where a command starts.
public struct Alias: Equatable, Sendable {
    public var name: String
    public var value: String
}

/// The alias table.
public struct Aliases: Equatable, Sendable {
    /// Sorted by name.
    public private(set) var entries: [Alias] = []

    public init() {}

    private func position(_ name: String) -> (found: Bool, index: Int) {
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].name == name { return (true, mid) }
            if entries[mid].name < name { low = mid + 1 } else { high = mid }
        }
        return (false, low)
    }

    /// The value of alias `name`, nil when there is none.
    public func value(_ name: String) -> String? {
        let p = position(name)
        return p.found ? entries[p.index].value : nil
    }

    /// Defines (or redefines) `name`.
    public mutating func define(_ name: String, _ value: String) {
        let p = position(name)
        if p.found { entries[p.index].value = value } else { entries.insert(Alias(name: name, value: value), at: p.index) }
    }

    /// Removes `name`; false when there was no such alias.
    @discardableResult
    public mutating func remove(_ name: String) -> Bool {
        let p = position(name)
        guard p.found else { return false }
        entries.remove(at: p.index)
        return true
    }

    public mutating func removeAll() { entries = [] }

    /// How `alias` lists `name`: "name='value'", nil when there is no such alias.
    public func listing(_ name: String) -> String? {
        value(name).map { name + "=" + singleQuoted($0) }
    }
}

/// What one `alias` or `unalias` operand does.
public enum AliasOperation: Equatable, Sendable {
    /// `alias name=value`.
    case define(String, String)
    /// `alias name`: print it.
    case show(String)
}

/// Reads an `alias` operand: `name=value` defines (the name is everything before the first
/// `=`, as dash takes it), anything else names an alias to print.
public func aliasOperation(_ operand: String) -> AliasOperation {
    guard let equals = operand.utf8.firstIndex(of: ascii("=")), equals != operand.utf8.startIndex else {
        return .show(operand)
    }
    return .define(String(operand[..<equals]), String(operand[operand.utf8.index(after: equals)...]))
}

// The shell's aliases (POSIX XCU 2.3.1, alias, unalias): a small table the parser consults
// when it reads a command's first word (Parser+Alias.swift), listed in dash's order. The
// `alias`/`unalias` builtins' wording follows dash.

/// One alias: `name` stands for `value` where a command starts.
public struct Alias: Equatable, Sendable {
    public var name: String
    public var value: String
}

/// The alias table.
public struct Aliases: Equatable, Sendable {
    /// In the order they were first defined.
    public private(set) var entries: [Alias] = []

    public init() {}

    /// The value of alias `name`, nil when there is none.
    public func value(_ name: String) -> String? {
        entries.first { $0.name == name }?.value
    }

    /// Defines (or redefines, keeping its place) `name`.
    public mutating func define(_ name: String, _ value: String) {
        if let i = entries.firstIndex(where: { $0.name == name }) { entries[i].value = value } else {
            entries.append(Alias(name: name, value: value))
        }
    }

    /// Removes `name`; false when there was no such alias.
    @discardableResult
    public mutating func remove(_ name: String) -> Bool {
        guard let i = entries.firstIndex(where: { $0.name == name }) else { return false }
        entries.remove(at: i)
        return true
    }

    public mutating func removeAll() { entries = [] }

    /// How `alias` lists `name`: "name='value'", nil when there is no such alias.
    public func listing(_ name: String) -> String? {
        value(name).map { name + "=" + singleQuoted($0) }
    }

    /// Every alias in the order `alias` lists them: dash walks its hash table, so by bucket
    /// (Aliases.bucket), and by definition within one.
    public var listed: [Alias] {
        let order = entries.indices.sorted { (Aliases.bucket(entries[$0].name), $0) < (Aliases.bucket(entries[$1].name), $1) }
        return order.map { entries[$0] }
    }

    /// The number of buckets of dash's alias table (ATABSIZE).
    static let bucketCount: UInt32 = 39

    /// dash's hashalias(): the first byte times 16 plus every byte, modulo the table size.
    static func bucket(_ name: String) -> UInt32 {
        var hash = UInt32(name.utf8.first ?? 0) << 4
        for c in name.utf8 { hash &+= UInt32(c) }
        return hash % bucketCount
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

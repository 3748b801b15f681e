// The shell's variables: a small table kept sorted by name (no Dictionary: deterministic
// order for `export -p`/`set`, and cheap in Embedded Swift), with the export flag the
// environment of a child is built from. Linux/POSIX: XCU 2.5.3, export, unset.

/// One shell variable.
public struct Variable: Equatable, Sendable {
    public var name: String
    public var value: String
    public var exported: Bool
}

/// The shell's variable table.
public struct Variables: Equatable, Sendable {
    /// Sorted by name.
    public private(set) var entries: [Variable] = []

    public init() {}

    /// The table holding `environment` ("NAME=value" strings), every entry exported.
    public init(environment: [String]) {
        for entry in environment {
            guard let equals = entry.utf8.firstIndex(of: ascii("=")) else { continue }
            let name = String(entry[..<equals])
            guard isValidName(name) else { continue }
            set(name, String(entry[entry.utf8.index(after: equals)...]), export: true)
        }
    }

    private func position(_ name: String) -> (found: Bool, index: Int) {
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].name == name { return (true, mid) }
            if entries[mid].name < name { low = mid + 1 } else { high = mid }
        }
        return (false, low)
    }

    /// The value of `name`, or nil when unset.
    public func value(_ name: String) -> String? {
        let p = position(name)
        return p.found ? entries[p.index].value : nil
    }

    /// The whole entry of `name` (value and export flag), nil when unset.
    public func variable(_ name: String) -> Variable? {
        let p = position(name)
        return p.found ? entries[p.index] : nil
    }

    /// Puts `name` back exactly as `saved` was (nil: unset), export flag included: how a
    /// function's `local` variables are restored when it returns.
    public mutating func restore(_ name: String, to saved: Variable?) {
        let p = position(name)
        switch (p.found, saved) {
        case (true, let v?): entries[p.index] = v
        case (false, let v?): entries.insert(v, at: p.index)
        case (true, nil): entries.remove(at: p.index)
        case (false, nil): break
        }
    }

    /// Whether `name` is exported.
    public func isExported(_ name: String) -> Bool {
        let p = position(name)
        return p.found && entries[p.index].exported
    }

    /// Sets `name` (keeping its export flag; `export: true` also exports it).
    public mutating func set(_ name: String, _ value: String, export: Bool = false) {
        let p = position(name)
        if p.found {
            entries[p.index].value = value
            if export { entries[p.index].exported = true }
        } else {
            entries.insert(Variable(name: name, value: value, exported: export), at: p.index)
        }
    }

    /// Marks `name` exported; an unset name is exported once it gets a value (kept as
    /// an empty exported variable here, as most shells print it with `export -p`).
    public mutating func export(_ name: String) {
        let p = position(name)
        if p.found { entries[p.index].exported = true } else {
            entries.insert(Variable(name: name, value: "", exported: true), at: p.index)
        }
    }

    /// Removes `name`.
    public mutating func unset(_ name: String) {
        let p = position(name)
        if p.found { entries.remove(at: p.index) }
    }

    /// "NAME=value" for every exported variable, sorted by name: a child's environment.
    public var environment: [String] {
        var result: [String] = []
        for v in entries where v.exported { result.append(v.name + "=" + v.value) }
        return result
    }
}

/// The directories to try for `command` under `path` (the value of PATH), in order.
/// A name with a `/` is used as it is; an empty PATH component means the working
/// directory. POSIX XCU 2.9.1.1.
public func commandCandidates(_ command: String, path: String) -> [String] {
    if command.utf8.contains(ascii("/")) { return [command] }
    var result: [String] = []
    for component in path.split(separator: ":", omittingEmptySubsequences: false) {
        result.append(component.isEmpty ? command : String(component) + "/" + command)
    }
    return result
}

// The shell's variables: a small table kept sorted by name (no Dictionary: deterministic
// order for `export -p`/`set`, and cheap in Embedded Swift), with the export flag the
// environment of a child is built from and the readonly flag. A name can be exported or
// readonly while still unset (`export x`, `readonly y`), as in dash. POSIX XCU 2.5.3,
// export, readonly, unset.

/// One shell variable.
public struct Variable: Equatable, Sendable {
    public var name: String
    /// nil: unset, though the name is exported or readonly.
    public var value: String?
    public var exported: Bool
    public var readonly: Bool = false

    public init(name: String, value: String?, exported: Bool, readonly: Bool = false) {
        self.name = name; self.value = value; self.exported = exported; self.readonly = readonly
    }
}

/// The shell's variable table.
public struct Variables: Equatable, Sendable {
    /// Sorted by name.
    public private(set) var entries: [Variable] = []
    /// `set -a` (allexport): every variable assigned is exported, as in dash.
    public var exportAll = false

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

    /// The whole entry of `name` (value and flags), nil when it has none.
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

    /// Whether `name` is readonly: assigning or unsetting it fails.
    public func isReadonly(_ name: String) -> Bool {
        let p = position(name)
        return p.found && entries[p.index].readonly
    }

    /// Sets `name` (keeping its flags; `export: true` also exports it); false, changing
    /// nothing, when it is readonly (the caller reports dash's "x: is read only").
    @discardableResult
    public mutating func set(_ name: String, _ value: String, export: Bool = false) -> Bool {
        let p = position(name)
        if p.found {
            guard !entries[p.index].readonly else { return false }
            entries[p.index].value = value
            if export || exportAll { entries[p.index].exported = true }
        } else {
            entries.insert(Variable(name: name, value: value, exported: export || exportAll), at: p.index)
        }
        return true
    }

    /// Marks `name` exported; an unset name stays unset (out of a child's environment)
    /// until it gets a value, as in dash.
    public mutating func export(_ name: String) {
        let p = position(name)
        if p.found { entries[p.index].exported = true } else {
            entries.insert(Variable(name: name, value: nil, exported: true), at: p.index)
        }
    }

    /// Marks `name` readonly, giving it `value` first when there is one; false, changing
    /// nothing, when it is readonly already and a value is given.
    @discardableResult
    public mutating func makeReadonly(_ name: String, _ value: String? = nil) -> Bool {
        if let value { guard set(name, value) else { return false } }
        let p = position(name)
        if p.found { entries[p.index].readonly = true } else {
            entries.insert(Variable(name: name, value: nil, exported: false, readonly: true), at: p.index)
        }
        return true
    }

    /// Removes `name`; false, keeping it, when it is readonly.
    @discardableResult
    public mutating func unset(_ name: String) -> Bool {
        let p = position(name)
        guard p.found else { return true }
        guard !entries[p.index].readonly else { return false }
        entries.remove(at: p.index)
        return true
    }

    /// "NAME=value" for every exported variable that is set, sorted by name: a child's environment.
    public var environment: [String] {
        var result: [String] = []
        for v in entries where v.exported {
            if let value = v.value { result.append(v.name + "=" + value) }
        }
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

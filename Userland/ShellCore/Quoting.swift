// How dash writes a value back as shell input (`export -p`, `readonly -p`, `set`, `alias`):
// in single quotes, each run of single quotes in the value written in double quotes
// between them, so `a'b` is `'a'"'"'b'` (dash's single_quote()).

/// `text` quoted so that the shell reads it back as exactly `text`.
public func singleQuoted(_ text: String) -> String {
    var result = "'"
    var quotes = ""
    for c in text {
        if c == "'" {
            if quotes.isEmpty { result += "'" }
            quotes.append(c)
            continue
        }
        if !quotes.isEmpty {
            result += "\"" + quotes + "\"'"
            quotes = ""
        }
        result.append(c)
    }
    // A value ending in quotes ends with their double-quoted run, no empty '' after it.
    if quotes.isEmpty { result += "'" } else { result += "\"" + quotes + "\"" }
    return result
}

extension Variables {
    /// `export -p`: "export NAME='value'" (just "export NAME" while unset) per exported name.
    public var exportListing: [String] { listing("export ") { $0.exported } }

    /// `readonly -p`: "readonly NAME='value'" (or "readonly NAME") per readonly name.
    public var readonlyListing: [String] { listing("readonly ") { $0.readonly } }

    /// `set` without arguments: "NAME='value'" for every variable that is set.
    public var setListing: [String] {
        var result: [String] = []
        for v in entries { if let value = v.value { result.append(v.name + "=" + singleQuoted(value)) } }
        return result
    }

    private func listing(_ prefix: String, _ included: (Variable) -> Bool) -> [String] {
        var result: [String] = []
        for v in entries where included(v) {
            result.append(prefix + v.name + (v.value.map { "=" + singleQuoted($0) } ?? ""))
        }
        return result
    }
}

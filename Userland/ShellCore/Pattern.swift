// Pattern matching notation (POSIX XCU 2.13) for `case` and pathname expansion: `*`, `?`,
// bracket expressions `[abc]` `[a-z]` `[!x]` `[^x]` `[[:alpha:]]`, and `\` quoting the next
// character (the expansion writes quoted characters that way). Bytes compare as in the C
// locale. Pathname expansion over a directory tree is in Glob.swift.

/// Whether `pattern` matches all of `text`.
public func patternMatches(_ pattern: String, _ text: String) -> Bool {
    patternMatches(Array(pattern.utf8)[...], Array(text.utf8)[...])
}

/// Whether `pattern` matches all of `text` (byte slices; `*` and `?` also match `/`).
func patternMatches(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
    var p = pattern.startIndex, t = text.startIndex
    // Where to resume after the last `*`: the pattern after it and the text it has eaten to.
    var starPattern: Int? = nil, starText = t
    while t < text.endIndex {
        if p < pattern.endIndex {
            let c = pattern[p]
            if c == ascii("*") {
                p += 1
                starPattern = p
                starText = t
                continue
            }
            if c == ascii("?") { p += 1; t += 1; continue }
            if c == ascii("["), let (matched, next) = bracket(pattern, p + 1, text[t]) {
                if matched { p = next; t += 1; continue }
            } else {
                var literal = c
                var next = p + 1
                if c == ascii("\\"), next < pattern.endIndex { literal = pattern[next]; next += 1 }
                if literal == text[t] { p = next; t += 1; continue }
            }
        }
        // A mismatch: let the last `*` eat one more character, or fail.
        guard let resume = starPattern else { return false }
        starText += 1
        p = resume
        t = starText
    }
    while p < pattern.endIndex && pattern[p] == ascii("*") { p += 1 }
    return p == pattern.endIndex
}

/// A bracket expression starting after `[` at `start`: whether it matches `c`, and where the
/// pattern continues; nil when there is no closing `]` (then `[` is an ordinary character).
func bracket(_ pattern: ArraySlice<UInt8>, _ start: Int, _ c: UInt8) -> (Bool, Int)? {
    var i = start
    var negated = false
    if i < pattern.endIndex && (pattern[i] == ascii("!") || pattern[i] == ascii("^")) { negated = true; i += 1 }
    var matched = false
    var first = true
    while i < pattern.endIndex {
        var low = pattern[i]
        if low == ascii("]") && !first { return (matched != negated, i + 1) }
        first = false
        if low == ascii("["), i + 1 < pattern.endIndex, pattern[i + 1] == ascii(":"),
           let (inClass, next) = characterClass(pattern, i + 2, c) {
            if inClass { matched = true }
            i = next
            continue
        }
        if low == ascii("\\"), i + 1 < pattern.endIndex { i += 1; low = pattern[i] }
        i += 1
        var high = low
        if i + 1 < pattern.endIndex, pattern[i] == ascii("-"), pattern[i + 1] != ascii("]") {
            high = pattern[i + 1]
            i += 2
            if high == ascii("\\"), i < pattern.endIndex { high = pattern[i]; i += 1 }
        }
        if c >= low && c <= high { matched = true }
    }
    return nil
}

/// `[:name:]` after `[:` at `start`: whether `c` is in the class, and the index after `:]`.
private func characterClass(_ pattern: ArraySlice<UInt8>, _ start: Int, _ c: UInt8) -> (Bool, Int)? {
    var end = start
    while end + 1 < pattern.endIndex && !(pattern[end] == ascii(":") && pattern[end + 1] == ascii("]")) { end += 1 }
    guard end + 1 < pattern.endIndex else { return nil }
    let name = String(decoding: pattern[start..<end], as: UTF8.self)
    let upper = c >= ascii("A") && c <= ascii("Z"), lower = c >= ascii("a") && c <= ascii("z")
    let result: Bool
    switch name {
    case "alpha": result = upper || lower
    case "digit": result = isDigit(c)
    case "alnum": result = upper || lower || isDigit(c)
    case "upper": result = upper
    case "lower": result = lower
    case "space": result = c == ascii(" ") || (c >= 9 && c <= 13)
    case "blank": result = c == ascii(" ") || c == ascii("\t")
    case "punct": result = c > 32 && c < 127 && !(upper || lower || isDigit(c))
    case "xdigit": result = isDigit(c) || (c >= ascii("a") && c <= ascii("f")) || (c >= ascii("A") && c <= ascii("F"))
    default: return nil
    }
    return (result, end + 2)
}

/// Whether `pattern` has an unquoted `*`, `?` or `[`, so that pathname expansion applies.
public func hasPatternCharacters(_ pattern: String) -> Bool {
    var escaped = false
    for c in pattern.utf8 {
        if escaped { escaped = false; continue }
        if c == ascii("\\") { escaped = true; continue }
        if c == ascii("*") || c == ascii("?") || c == ascii("[") { return true }
    }
    return false
}

/// `text` with every pattern character quoted by `\`, so it matches only itself.
func escapedForPattern(_ text: String) -> [UInt8] {
    var result: [UInt8] = []
    for c in text.utf8 {
        if c == ascii("*") || c == ascii("?") || c == ascii("[") || c == ascii("]") || c == ascii("\\") {
            result.append(ascii("\\"))
        }
        result.append(c)
    }
    return result
}

/// `pattern` with its `\` quoting removed.
func unescapedPattern(_ pattern: ArraySlice<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    var escaped = false
    for c in pattern {
        if c == ascii("\\") && !escaped { escaped = true; continue }
        escaped = false
        result.append(c)
    }
    return result
}

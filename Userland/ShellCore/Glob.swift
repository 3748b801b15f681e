// Pathname expansion (POSIX XCU 2.6.6) as pure logic: a pattern (quoted characters escaped
// with `\`, Pattern.swift) is matched one `/`-separated component at a time against names
// the caller lists, so the shell supplies the directory reading (getdents64) and this
// stays host-testable. Results are sorted bytewise, as dash sorts them in the C locale.

/// The paths `pattern` matches, sorted; empty when none does (the shell then keeps the
/// word as written). `list(directory)` gives a directory's names ("." and ".." included,
/// nil when it cannot be read); `exists(path)` tells whether a path exists (lstat).
public func expandPathname(_ pattern: String, list: (String) -> [String]?, exists: (String) -> Bool) -> [String] {
    var components: [ArraySlice<UInt8>] = []
    for component in Array(pattern.utf8).split(separator: ascii("/"), omittingEmptySubsequences: false) {
        components.append(component)
    }
    var results: [[UInt8]] = []
    walk(prefix: [], components[...], &results, list, exists)
    results.sort { $0.lexicographicallyPrecedes($1) }
    return results.map { String(decoding: $0, as: UTF8.self) }
}

/// Matches `components` below the directory `prefix` (empty, or ending in `/`).
private func walk(prefix: [UInt8], _ components: ArraySlice<ArraySlice<UInt8>>, _ results: inout [[UInt8]],
                  _ list: (String) -> [String]?, _ exists: (String) -> Bool) {
    guard let component = components.first else { return }
    let rest = components.dropFirst()
    let last = rest.isEmpty
    if !hasPatternCharacters(String(decoding: component, as: UTF8.self)) {
        let path = prefix + unescapedPattern(component)
        if last {
            if exists(String(decoding: path, as: UTF8.self)) { results.append(path) }
        } else {
            walk(prefix: path + [ascii("/")], rest, &results, list, exists)
        }
        return
    }
    let directory = prefix.isEmpty ? "." : String(decoding: prefix, as: UTF8.self)
    guard let names = list(directory) else { return }
    // A leading dot is matched only by a leading dot in the pattern.
    let dotAllowed = component.first == ascii(".") || (component.first == ascii("\\") && component.dropFirst().first == ascii("."))
    for name in names {
        let bytes = Array(name.utf8)
        if bytes.first == ascii(".") && !dotAllowed { continue }
        guard patternMatches(component, bytes[...]) else { continue }
        if last {
            results.append(prefix + bytes)
        } else {
            walk(prefix: prefix + bytes + [ascii("/")], rest, &results, list, exists)
        }
    }
}

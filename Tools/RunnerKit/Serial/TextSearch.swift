// Substring search over UTF-8 bytes. With Foundation imported anywhere in the module,
// `String.contains(String)` resolves to NSString's locale-aware search, which dominated
// the runner's time on a long serial log; this is a plain byte comparison.

#if canImport(Glibc)
import Glibc
#endif

extension String {
    /// True if `needle`'s bytes occur in the text (exact, case-sensitive).
    public func containsBytes(of needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                guard !pattern.isEmpty else { return true }
                guard pattern.count <= text.count else { return false }
                let first = pattern[0]
                for start in 0...(text.count - pattern.count) where text[start] == first {
                    if memcmp(text.baseAddress! + start, pattern.baseAddress!, pattern.count) == 0 { return true }
                }
                return false
            }
        }
    }
}

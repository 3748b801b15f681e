// containsBytes: the byte-exact substring search used on every serial line.
import Testing
@testable import RunnerKit

struct TextSearchTests {
    @Test(arguments: [
        ("", "", true), ("abc", "", true), ("", "a", false),
        ("abc", "abc", true), ("abc", "abcd", false), ("xxabc", "abc", true),
        ("abxabc", "abc", true), ("ABC", "abc", false), ("Apus kernel 0.1", "Apus kernel", true),
        ("wörld", "örl", true),
    ])
    func finds(text: String, needle: String, expected: Bool) {
        #expect(text.containsBytes(of: needle) == expected)
    }
}

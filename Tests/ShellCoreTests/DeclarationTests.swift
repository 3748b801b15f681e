// ShellCore's variables as export, readonly and set show them: exported or readonly names
// that are still unset, dash's quoting of values, and the `set -o` listings.
import Testing
@testable import ShellCore

@Suite struct DeclarationTests {
    static let quoting: [(String, String)] = [
        ("", "''"), ("abc", "'abc'"), ("a b", "'a b'"), ("a'b", "'a'\"'\"'b'"), ("'", "''\"'\""),
        ("''a", "''\"''\"'a'"), ("a''", "'a'\"''\""), ("$x \\ \"", "'$x \\ \"'"),
    ]
    @Test(arguments: quoting)
    func singleQuotes(_ value: String, _ expected: String) {
        #expect(singleQuoted(value) == expected)
    }

    /// `export x` for an unset x: exported, yet unset and out of a child's environment.
    @Test func exportedButUnset() {
        var v = Variables()
        v.export("x")
        #expect(v.value("x") == nil)
        #expect(v.isExported("x"))
        #expect(v.environment.isEmpty)
        #expect(v.exportListing == ["export x"])
        #expect(v.setListing.isEmpty)
        v.set("x", "")
        #expect(v.environment == ["x="])
        #expect(v.exportListing == ["export x=''"])
    }

    @Test func readonlyRefusesAssignmentAndUnset() {
        var v = Variables()
        let ok1 = v.makeReadonly("r", "1")
        #expect(ok1)
        let ok2 = v.set("r", "2")
        #expect(!ok2)
        let ok3 = v.unset("r")
        #expect(!ok3)
        let ok4 = v.makeReadonly("r", "3")
        #expect(!ok4)
        let ok5 = v.makeReadonly("r")
        #expect(ok5)
        #expect(v.value("r") == "1")
        let ok6 = v.makeReadonly("u")
        #expect(ok6)
        #expect(v.value("u") == nil && v.isReadonly("u"))
        let ok7 = v.set("u", "x")
        #expect(!ok7)
        #expect(v.readonlyListing == ["readonly r='1'", "readonly u"])
        #expect(v.setListing == ["r='1'"])
        // `local`'s undo still puts anything back.
        v.restore("r", to: nil)
        #expect(v.variable("r") == nil)
        let ok8 = v.unset("nothing")
        #expect(ok8)
    }

    /// `set -a`: what is assigned while it is on is exported; what was there stays as it was.
    @Test func exportAllExportsWhatIsAssigned() {
        var v = Variables()
        v.set("before", "0")
        v.exportAll = true
        v.set("during", "1")
        v.exportAll = false
        v.set("after", "2")
        #expect(v.environment == ["during=1"])
    }

    @Test func optionListings() {
        let on: (String) -> Bool = { $0 == "errexit" || $0 == "nounset" }
        let listing = optionListing(on)
        #expect(listing.count == shellOptions.count + 1)
        #expect(listing[0] == "Current option settings")
        #expect(listing[1] == "errexit         on")
        #expect(listing[2] == "noglob          off")
        #expect(listing.last == "debug           off")
        let restore = optionRestoreCommands(on)
        #expect(restore.first == "set -o errexit")
        #expect(restore[1] == "set +o noglob")
        #expect(restore.contains("set -o nounset"))
        #expect(shellOptions.map { $0.name }.prefix(3) == ["errexit", "noglob", "ignoreeof"])
    }
}

// ShellCore's umask notation against dash's answers (each row checked with `dash -c`):
// octal kept to 0777, symbolic clauses relative to the mask before, errors, printing.
import Testing
@testable import ShellCore

@Suite struct UmaskTests {
    static let operands: [(String, UInt32, UmaskOperand)] = [
        ("0", 0o022, .mask(0)), ("00000000", 0o022, .mask(0)), ("7", 0o022, .mask(0o7)), ("027", 0o022, .mask(0o27)),
        ("7777", 0o022, .mask(0o777)), ("1234567", 0o022, .mask(0o567)),
        ("8", 0o022, .illegalNumber), ("08", 0o022, .illegalNumber), ("0999", 0o022, .illegalNumber),
        ("7a", 0o022, .illegalNumber), ("0x", 0o022, .illegalNumber),
        ("u=rwx,g=rx,o=", 0o022, .mask(0o027)), ("g-w", 0o022, .mask(0o022)), ("a+r", 0o022, .mask(0o022)),
        ("+w", 0o077, .mask(0o055)), ("=rw", 0o077, .mask(0o111)), ("o=u", 0o022, .mask(0o020)),
        ("=", 0o022, .mask(0o777)), ("u=x,g=w", 0o022, .mask(0o652)), ("u-w,g+w", 0o022, .mask(0o202)),
        ("ugo+rwx", 0o022, .mask(0)), ("go=", 0o022, .mask(0o077)), ("u+s", 0o022, .mask(0o022)),
        ("u=gx", 0o022, .mask(0o222)), ("g=u-w", 0o022, .mask(0o022)), ("u=rw+x", 0o022, .mask(0o022)),
        ("u=r=w", 0o022, .mask(0o522)), ("u=+", 0o022, .mask(0o722)), ("o=g+u", 0o022, .mask(0o020)),
        ("u=r,g=u", 0o022, .mask(0o302)), ("u-w,g=u", 0o022, .mask(0o202)), ("a-x,o=X", 0o022, .mask(0o136)),
        ("u=X", 0o022, .mask(0o622)), ("u=X", 0o777, .mask(0o777)), ("a=r,", 0o022, .mask(0o333)),
        ("u=r,=", 0o022, .mask(0o777)), ("=,", 0o022, .mask(0o777)), ("+", 0o022, .mask(0o022)),
        ("", 0o022, .mask(0o022)), ("-", 0o022, .mask(0o022)),
        ("u", 0o022, .illegalMode), ("ug", 0o022, .illegalMode), ("r", 0o022, .illegalMode),
        ("u+t", 0o022, .illegalMode), (",", 0o022, .illegalMode), (",u=r", 0o022, .illegalMode),
        ("u=rwx,,g=r", 0o022, .illegalMode), ("u=rwx,g", 0o022, .illegalMode), ("u=R", 0o022, .illegalMode),
        ("z=r", 0o022, .illegalMode),
    ]

    @Test(arguments: operands)
    func reads(_ text: String, _ current: UInt32, _ expected: UmaskOperand) {
        #expect(parseUmask(text, current: current) == expected)
    }

    static let printed: [(UInt32, String, String)] = [
        (0, "0000", "u=rwx,g=rwx,o=rwx"), (0o022, "0022", "u=rwx,g=rx,o=rx"), (0o027, "0027", "u=rwx,g=rx,o="),
        (0o652, "0652", "u=x,g=w,o=rx"), (0o777, "0777", "u=,g=,o="), (0o7777, "0777", "u=,g=,o="),
    ]

    @Test(arguments: printed)
    func prints(_ mask: UInt32, _ octal: String, _ symbolic: String) {
        #expect(octalUmask(mask) == octal)
        #expect(symbolicUmask(mask) == symbolic)
    }
}

// Credentials: Linux's setuid-family rules (kernel/sys.c) and execve's set-user-ID handling.
import Testing
import LinuxABI
@testable import KernelCore

@Suite struct CredentialsTests {
    static let none = Credentials.invalid

    /// A user process: real 1000, effective 1001, saved 1002 (and the same for groups).
    static func user() -> Credentials {
        var c = Credentials(uid: 1000, gid: 1000)
        c.euid = 1001; c.suid = 1002; c.fsuid = 1001
        c.egid = 1001; c.sgid = 1002; c.fsgid = 1001
        return c
    }

    @Test func rootSetUIDChangesAllFour() throws {
        var c = Credentials()
        try c.setUID(500)
        #expect([c.uid, c.euid, c.suid, c.fsuid] == [500, 500, 500, 500])
        #expect(throws: Errno.EPERM) { try c.setUID(0) }
    }

    @Test(arguments: [(UInt32(1000), true), (1002, true), (1001, false), (0, false), (7, false)])
    func unprivilegedSetUID(target: UInt32, allowed: Bool) {
        var c = Self.user()
        c.euid = 1001
        // euid 1001 is not privileged; setuid to the real or saved id only.
        if allowed {
            #expect(throws: Never.self) { try c.setUID(target) }
            #expect(c.euid == target && c.fsuid == target && c.uid == 1000 && c.suid == 1002)
        } else {
            #expect(throws: Errno.EPERM) { try c.setUID(target) }
            #expect(c == Self.user())
        }
    }

    @Test func minusOneIsEINVAL() {
        var c = Credentials()
        #expect(throws: Errno.EINVAL) { try c.setUID(Self.none) }
        #expect(throws: Errno.EINVAL) { try c.setGID(Self.none) }
    }

    @Test func unprivilegedSetGID() throws {
        var c = Self.user()
        try c.setGID(1002)
        #expect(c.egid == 1002 && c.gid == 1000 && c.sgid == 1002)
        #expect(throws: Errno.EPERM) { try c.setGID(5) }
    }

    @Test func setreuidSavedIDFollowsTheEffective() throws {
        var c = Self.user()
        try c.setREUID(real: Self.none, effective: 1000)   // back to the real id: saved unchanged
        #expect(c.euid == 1000 && c.suid == 1002)
        try c.setREUID(real: Self.none, effective: 1002)   // differs from real: saved = euid
        #expect(c.euid == 1002 && c.suid == 1002)
        try c.setREUID(real: 1002, effective: Self.none)   // real set: saved = euid
        #expect(c.uid == 1002 && c.suid == 1002)
        #expect(throws: Errno.EPERM) { try c.setREUID(real: 4, effective: Self.none) }
        #expect(throws: Errno.EPERM) { try c.setREUID(real: Self.none, effective: 4) }
    }

    @Test func setresuidNeedsCurrentIDs() throws {
        var c = Self.user()
        try c.setRESUID(real: 1002, effective: 1000, saved: 1001)
        #expect([c.uid, c.euid, c.suid, c.fsuid] == [1002, 1000, 1001, 1000])
        #expect(throws: Errno.EPERM) { try c.setRESUID(real: Self.none, effective: 9, saved: Self.none) }
        var root = Credentials()
        try root.setRESUID(real: 1, effective: 2, saved: 3)
        #expect([root.uid, root.euid, root.suid] == [1, 2, 3])
    }

    @Test func setresgidAndGroups() throws {
        var c = Self.user()
        try c.setRESGID(real: Self.none, effective: 1002, saved: Self.none)
        #expect(c.egid == 1002 && c.fsgid == 1002)
        #expect(throws: Errno.EPERM) { try c.setGroups([1]) }
        var root = Credentials()
        try root.setGroups([4, 5])
        #expect(root.filesystem.isInGroup(5))
    }

    @Test func execOfPlainFileKeepsIDsAndIsNotSecure() {
        var c = Credentials(uid: 1000, gid: 1000)
        let secure = c.applyExec(mode: FileMode(rawValue: 0o100755), owner: 0, group: 0)
        #expect(!secure)
        #expect(c == Credentials(uid: 1000, gid: 1000))
    }

    @Test func execOfSetUIDFile() {
        var c = Credentials(uid: 1000, gid: 1000)
        let secure = c.applyExec(mode: FileMode(rawValue: 0o104755), owner: 0, group: 0)
        #expect(secure)
        #expect([c.uid, c.euid, c.suid, c.fsuid] == [1000, 0, 0, 0])
        #expect(c.gid == 1000 && c.egid == 1000)
    }

    @Test func execOfSetGIDFileNeedsGroupExecute() {
        var c = Credentials(uid: 1000, gid: 1000)
        let secure = c.applyExec(mode: FileMode(rawValue: 0o102704), owner: 0, group: 50)
        #expect(!secure)
        #expect(c.egid == 1000)
        let secure2 = c.applyExec(mode: FileMode(rawValue: 0o102714), owner: 0, group: 50)
        #expect(secure2)
        #expect(c.egid == 50 && c.sgid == 50 && c.gid == 1000)
    }

    @Test func execAfterSetEUIDIsSecure() {
        var c = Self.user()
        let secure = c.applyExec(mode: FileMode(rawValue: 0o100755), owner: 0, group: 0)
        #expect(secure)
        #expect(c.suid == c.euid)
    }
}

/// FilePermissions.checkExecutable: exec's EACCES rules.
@Suite struct ExecPermissionTests {
    static let user = FSCredentials(uid: 1000, gid: 100)
    static let cases: [(UInt32, UInt32, UInt32, FSCredentials, Bool)] = [
        (0o100755, 0, 0, .root, true),
        (0o100644, 0, 0, .root, false),          // root needs at least one x bit
        (0o100001, 0, 0, .root, true),
        (0o100700, 1000, 0, user, true),
        (0o100070, 1000, 100, user, false),      // owner class decides, no fallback to group
        (0o100070, 0, 100, user, true),
        (0o100601, 0, 100, user, false),         // group class decides: rw-, no x
        (0o100001, 0, 0, user, true),
        (0o040755, 0, 0, .root, false),          // a directory is never a program
        (0o020666, 0, 0, .root, false),          // nor a device
        (0o120777, 0, 0, .root, false),          // nor a symlink itself
    ]

    @Test(arguments: cases)
    func executable(mode: UInt32, owner: UInt32, group: UInt32, who: FSCredentials, allowed: Bool) {
        let result: Errno?
        do throws(Errno) {
            try FilePermissions.checkExecutable(mode: FileMode(rawValue: mode), owner: owner, group: group, credentials: who)
            result = nil
        } catch {
            result = error
        }
        #expect(result == (allowed ? nil : .EACCES))
    }
}

// RamFS permission rules (Kernel/Core/RamFS/RamPermissions.swift and the ownership of
// new inodes in RamFS+Create.swift): Linux generic_permission as a table, root's
// overrides, and set-group-ID directories.
import Testing
import LinuxABI
@testable import KernelCore

struct RamFSPermissionTests {
    /// (type, mode, owner uid, owner gid, who, mask, allowed)
    static let table: [(UInt32, UInt32, UInt32, UInt32, FSCredentials, AccessMask, Bool)] = [
        // Root: read and write always; execute needs some x bit, except on a directory.
        (FileMode.S_IFREG, 0o000, 5, 5, .root, .read, true),
        (FileMode.S_IFREG, 0o000, 5, 5, .root, .write, true),
        (FileMode.S_IFREG, 0o000, 5, 5, .root, .execute, false),
        (FileMode.S_IFREG, 0o644, 5, 5, .root, [.read, .execute], false),
        (FileMode.S_IFREG, 0o100, 5, 5, .root, .execute, true),
        (FileMode.S_IFREG, 0o010, 5, 5, .root, .execute, true),
        (FileMode.S_IFREG, 0o001, 5, 5, .root, .execute, true),
        (FileMode.S_IFDIR, 0o000, 5, 5, .root, [.read, .write, .execute], true),
        // The empty mask (access F_OK) is always allowed.
        (FileMode.S_IFREG, 0o000, 5, 5, alice, [], true),
        // Owner bits decide for the owner, even when others' bits would allow.
        (FileMode.S_IFREG, 0o644, 1000, 5, alice, [.read, .write], true),
        (FileMode.S_IFREG, 0o644, 1000, 5, alice, .execute, false),
        (FileMode.S_IFREG, 0o044, 1000, 5, alice, .read, false),
        (FileMode.S_IFREG, 0o044, 1000, 5, bob, .read, true),
        // Group bits for the group and supplementary groups, not for the owner.
        (FileMode.S_IFREG, 0o640, 5, 50, bob, .read, true),
        (FileMode.S_IFREG, 0o640, 5, 50, bob, .write, false),
        (FileMode.S_IFREG, 0o640, 5, 1000, alice, .read, true),
        (FileMode.S_IFREG, 0o640, 5, 50, alice, .read, false),
        (FileMode.S_IFREG, 0o070, 1000, 1000, alice, .read, false),
        // Other bits for everyone else.
        (FileMode.S_IFREG, 0o007, 5, 5, alice, [.read, .write, .execute], true),
        (FileMode.S_IFDIR, 0o001, 5, 5, alice, .execute, true),
        (FileMode.S_IFDIR, 0o006, 5, 5, alice, .execute, false),
        // Set-id and sticky bits grant nothing.
        (FileMode.S_IFREG, 0o7000, 5, 5, alice, .read, false),
    ]

    @Test(arguments: table)
    func genericPermission(type: UInt32, mode: UInt32, uid: UInt32, gid: UInt32, who: FSCredentials,
                           mask: AccessMask, allowed: Bool) throws {
        let f = RamFixture()
        let inode = type == FileMode.S_IFDIR ? try f.mkdir("x") : try f.file("x")
        f.own("x", uid: uid, gid: gid, mode: mode)
        #expect(RamFS.mayAccess(inode, mask: mask, credentials: who) == allowed)
    }

    @Test func setGroupIDDirectoriesPassTheirGroupOn() throws {
        let f = RamFixture()
        try f.mkdir("shared", 0o777)
        f.own("shared", uid: 0, gid: 50, mode: 0o2777)
        let file = try f.file("shared/file", as: alice)
        #expect(file.uid == 1000 && file.gid == 50 && file.mode.permissions == 0o644)
        let dir = try f.mkdir("shared/dir", 0o755, as: alice)
        #expect(dir.gid == 50 && dir.mode.permissions == 0o2755)
        // A group-executable set-group-ID file from a non-member loses the bit; a member keeps it.
        let stripped = try f.file("shared/s1", mode: 0o2755, as: alice)
        #expect(stripped.mode.permissions == 0o0755)
        let kept = try f.file("shared/s2", mode: 0o2755, as: bob)
        #expect(kept.mode.permissions == 0o2755)
        let notExecutable = try f.file("shared/s3", mode: 0o2644, as: alice)
        #expect(notExecutable.mode.permissions == 0o2644)
        // Outside a set-group-ID directory the caller's group and bits stay.
        try f.mkdir("plain", 0o777)
        let outside = try f.file("plain/s", mode: 0o2755, as: alice)
        #expect(outside.gid == 1000 && outside.mode.permissions == 0o2755)
        let symlink = try f.symlink("shared/link", "file", as: alice)
        #expect(symlink.gid == 50 && symlink.mode.permissions == 0o777)
    }
}

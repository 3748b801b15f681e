// A file is either open for writing or running as a program, never both (Linux's
// i_writecount with get_write_access and exe_file_deny_write_access): opening a running
// program for writing, or truncating it, is ETXTBSY, and so is executing a file that is
// open for writing. The caller serialises (the kernel: VFS.writeAccessLock).

extension RamInode {
    /// Linux get_write_access: false (ETXTBSY) while a program runs from this file.
    public func getWriteAccess() -> Bool {
        guard writeCount >= 0 else { return false }
        writeCount += 1
        return true
    }

    /// Linux put_write_access: an open for writing ends.
    public func putWriteAccess() {
        writeCount -= 1
    }

    /// Linux exe_file_deny_write_access: false (ETXTBSY) while the file is open for writing.
    public func denyWriteAccess() -> Bool {
        guard writeCount <= 0 else { return false }
        writeCount -= 1
        return true
    }

    /// Linux exe_file_allow_write_access: a program running from this file is gone.
    public func allowWriteAccess() {
        writeCount += 1
    }
}

// Redirections (POSIX XCU 2.7): < > >| >> <> n>&m n<&m and `-` to close. In the shell itself
// (builtins) the replaced descriptors are saved above 10 and restored afterwards.
import Runtime
import ShellCore

/// A descriptor to put back: `saved` (nil: it was closed before).
struct SavedDescriptor {
    var descriptor: FD
    var saved: FD?
}

/// The lowest descriptor the shell keeps its saved copies at (POSIX leaves 0–9 to scripts).
let savedDescriptorBase = 10

/// Here-documents up to this size are written straight into their pipe (Linux pipes
/// hold 64 KiB; half leaves room for whatever else the kernel keeps).
let hereDocumentInlineLimit = 32768

extension Shell {
    /// Applies the redirections in order; nil after a failure (reported).
    func applyRedirections(_ redirections: [Redirection], save: Bool) -> [SavedDescriptor]? {
        var saved: [SavedDescriptor] = []
        for r in redirections {
            guard let target = expandString(r.target) else {
                restoreRedirections(saved)
                return nil
            }
            let fd = FD(rawValue: Int32(r.descriptor))
            if save {
                let copy = try? FD(rawValue: Int32(fcntl(fd, Fcntl.F_DUPFD_CLOEXEC, savedDescriptorBase)))
                saved.append(SavedDescriptor(descriptor: fd, saved: copy))
            }
            do {
                switch r.kind {
                case .input, .output, .clobber, .append, .readWrite:
                    var flags: OpenFlags
                    switch r.kind {
                    case .input: flags = .O_RDONLY
                    case .output where noclobber: flags = try noclobberFlags(target)
                    case .output, .clobber: flags = [.O_WRONLY, .O_CREAT, .O_TRUNC]
                    case .append: flags = [.O_WRONLY, .O_CREAT, .O_APPEND]
                    default: flags = [.O_RDWR, .O_CREAT]
                    }
                    let opened = try open(target, flags, mode: 0o666)
                    if opened != fd {
                        try dup2(opened, fd)
                        try close(opened)
                    }
                case .hereDocument:
                    try hereDocumentInput(target, fd)
                case .duplicateOutput, .duplicateInput:
                    if target == "-" { try? close(fd); continue }
                    guard let n = Int32(target), n >= 0 else {
                        complain(target + ": bad file descriptor")
                        restoreRedirections(saved)
                        return nil
                    }
                    if n != fd.rawValue { try dup2(FD(rawValue: n), fd) }
                }
            } catch {
                // dash's wording: "cannot create x: Directory nonexistent", "cannot open x: No such file".
                let creates = r.kind == .output || r.kind == .clobber || r.kind == .append || r.kind == .readWrite
                var reason = errnoText(error)
                if error == .ENOENT { reason = creates ? "Directory nonexistent" : "No such file" }
                if r.kind == .duplicateInput || r.kind == .duplicateOutput {
                    complain(target + ": " + reason)
                } else {
                    complain((creates ? "cannot create " : "cannot open ") + target + ": " + reason)
                }
                restoreRedirections(saved)
                return nil
            }
        }
        return saved
    }

    /// `>` under `set -C` (noclobber), as dash does it: an existing regular file is not
    /// truncated (EEXIST, "File exists"); another existing file (a device) opens as it is;
    /// a new one is created exclusively, so a file made meanwhile is not overwritten either.
    func noclobberFlags(_ target: String) throws(Errno) -> OpenFlags {
        guard let info = try? stat(target) else { return [.O_WRONLY, .O_CREAT, .O_EXCL] }
        if FileMode(rawValue: info.st_mode).isRegular { throw Errno.EEXIST }
        return .O_WRONLY
    }

    /// A here-document's text on `fd` through a pipe; a text larger than a pipe holds
    /// is written by a child, so the shell never blocks on its own pipe.
    func hereDocumentInput(_ text: String, _ fd: FD) throws(Errno) {
        let (readEnd, writeEnd) = try pipe2([.O_CLOEXEC])
        if text.utf8.count <= hereDocumentInlineLimit {
            try? writeAll(writeEnd, text)
        } else {
            flushStandardOutput()
            let child = try fork()
            if child.rawValue == 0 {
                try? close(readEnd)
                try? writeAll(writeEnd, text)
                exitImmediately(0)
            }
        }
        try close(writeEnd)
        if readEnd != fd {
            try dup2(readEnd, fd)
            try close(readEnd)
        }
    }

    /// Puts the saved descriptors back, last first.
    func restoreRedirections(_ saved: [SavedDescriptor]) {
        flushStandardOutput()
        for s in saved.reversed() {
            if let copy = s.saved {
                _ = try? dup2(copy, s.descriptor)
                try? close(copy)
            } else {
                try? close(s.descriptor)
            }
        }
    }
}

// Errno (Kernel/ABI/Errno.swift) against the host C library: the host is the oracle for
// every number and message.
import Testing
import LinuxABI
#if canImport(Glibc)
import Glibc
#endif

struct ErrnoTests {
    static let table: [(Errno, Int32, String)] = [
        (.EPERM, EPERM, "EPERM"), (.ENOENT, ENOENT, "ENOENT"), (.ESRCH, ESRCH, "ESRCH"),
        (.EINTR, EINTR, "EINTR"), (.EIO, EIO, "EIO"), (.ENXIO, ENXIO, "ENXIO"), (.E2BIG, E2BIG, "E2BIG"),
        (.ENOEXEC, ENOEXEC, "ENOEXEC"), (.EBADF, EBADF, "EBADF"), (.ECHILD, ECHILD, "ECHILD"),
        (.EAGAIN, EAGAIN, "EAGAIN"), (.ENOMEM, ENOMEM, "ENOMEM"), (.EACCES, EACCES, "EACCES"),
        (.EFAULT, EFAULT, "EFAULT"), (.ENOTBLK, ENOTBLK, "ENOTBLK"), (.EBUSY, EBUSY, "EBUSY"),
        (.EEXIST, EEXIST, "EEXIST"), (.EXDEV, EXDEV, "EXDEV"), (.ENODEV, ENODEV, "ENODEV"),
        (.ENOTDIR, ENOTDIR, "ENOTDIR"), (.EISDIR, EISDIR, "EISDIR"), (.EINVAL, EINVAL, "EINVAL"),
        (.ENFILE, ENFILE, "ENFILE"), (.EMFILE, EMFILE, "EMFILE"), (.ENOTTY, ENOTTY, "ENOTTY"),
        (.ETXTBSY, ETXTBSY, "ETXTBSY"), (.EFBIG, EFBIG, "EFBIG"), (.ENOSPC, ENOSPC, "ENOSPC"),
        (.ESPIPE, ESPIPE, "ESPIPE"), (.EROFS, EROFS, "EROFS"), (.EMLINK, EMLINK, "EMLINK"),
        (.EPIPE, EPIPE, "EPIPE"), (.EDOM, EDOM, "EDOM"), (.ERANGE, ERANGE, "ERANGE"),
        (.EDEADLK, EDEADLK, "EDEADLK"), (.ENAMETOOLONG, ENAMETOOLONG, "ENAMETOOLONG"),
        (.ENOLCK, ENOLCK, "ENOLCK"), (.ENOSYS, ENOSYS, "ENOSYS"), (.ENOTEMPTY, ENOTEMPTY, "ENOTEMPTY"),
        (.ELOOP, ELOOP, "ELOOP"), (.ENOMSG, ENOMSG, "ENOMSG"), (.EIDRM, EIDRM, "EIDRM"),
        (.ENODATA, ENODATA, "ENODATA"), (.ETIME, ETIME, "ETIME"), (.EOVERFLOW, EOVERFLOW, "EOVERFLOW"),
        (.EBADFD, EBADFD, "EBADFD"), (.EILSEQ, EILSEQ, "EILSEQ"), (.ENOTSOCK, ENOTSOCK, "ENOTSOCK"),
        (.EOPNOTSUPP, EOPNOTSUPP, "EOPNOTSUPP"), (.EADDRINUSE, EADDRINUSE, "EADDRINUSE"),
        (.ECONNREFUSED, ECONNREFUSED, "ECONNREFUSED"), (.ETIMEDOUT, ETIMEDOUT, "ETIMEDOUT"),
        (.ESTALE, ESTALE, "ESTALE"), (.ECANCELED, ECANCELED, "ECANCELED"),
        (.EOWNERDEAD, EOWNERDEAD, "EOWNERDEAD"), (.ENOTRECOVERABLE, ENOTRECOVERABLE, "ENOTRECOVERABLE"),
        (.ERFKILL, ERFKILL, "ERFKILL"), (.EHWPOISON, EHWPOISON, "EHWPOISON"),
    ]

    @Test(arguments: table)
    func valuesMatchTheHost(errno: Errno, host: Int32, name: String) {
        #expect(errno.rawValue == host)
        #expect(errno.name.description == name)
        #expect(errno.message.description == String(cString: strerror(host)))
    }

    @Test func aliases() {
        #expect(Errno.EWOULDBLOCK == .EAGAIN && Errno.EWOULDBLOCK.rawValue == EWOULDBLOCK)
        #expect(Errno.EDEADLOCK == .EDEADLK && Errno.EDEADLOCK.rawValue == EDEADLOCK)
        #expect(Errno.ENOTSUP.rawValue == ENOTSUP)
    }

    /// Every number the host names gets the same message from us; unnamed numbers (0, 41,
    /// 58, past the end) get the fallbacks.
    @Test(arguments: Array(Int32(-1)...Int32(140)))
    func everyNumber(value: Int32) {
        let errno = Errno(rawValue: value)
        let known = errno.name.description != "E?"
        if known {
            #expect(errno.message.description == String(cString: strerror(value)))
            #expect(value >= 1 && value <= Errno.maxKnown)
        } else {
            #expect([-1, 0, 41, 58].contains(value) || value > Errno.maxKnown)
            #expect(errno.message.description == "Unknown error")
        }
    }

    @Test func syscallReturnValue() {
        #expect(Errno.ENOENT.syscallReturnValue == -2)
        #expect(Errno(rawValue: Int32.max).syscallReturnValue == -Int64(Int32.max))
    }
}

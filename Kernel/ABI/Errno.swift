// The Linux error numbers (include/uapi/asm-generic/errno-base.h and errno.h), as values
// the kernel throws (`throws(Errno)`) and the syscall dispatcher turns into `-errno`.
// Names and messages: Errno+Names.swift. Host test: Tests/KernelCoreTests/ErrnoTests.swift.

/// A Linux error number. Linux: errno(3), include/uapi/asm-generic/errno*.h.
public struct Errno: RawRepresentable, Error, Equatable, Hashable, Sendable {
    /// The positive error number (a syscall returns its negation).
    public let rawValue: Int32

    /// The error with number `rawValue`; any value is accepted, unknown ones have no name.
    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The negated value a syscall returns in `rax`.
    @inlinable public var syscallReturnValue: Int64 { -Int64(rawValue) }

    /// The largest error number Linux defines (`EHWPOISON`).
    public static var maxKnown: Int32 { 133 }

    /// Operation not permitted (Linux `EPERM`, 1).
    @inlinable public static var EPERM: Errno { Errno(rawValue: 1) }
    /// No such file or directory (Linux `ENOENT`, 2).
    @inlinable public static var ENOENT: Errno { Errno(rawValue: 2) }
    /// No such process (Linux `ESRCH`, 3).
    @inlinable public static var ESRCH: Errno { Errno(rawValue: 3) }
    /// Interrupted system call (Linux `EINTR`, 4).
    @inlinable public static var EINTR: Errno { Errno(rawValue: 4) }
    /// Input/output error (Linux `EIO`, 5).
    @inlinable public static var EIO: Errno { Errno(rawValue: 5) }
    /// No such device or address (Linux `ENXIO`, 6).
    @inlinable public static var ENXIO: Errno { Errno(rawValue: 6) }
    /// Argument list too long (Linux `E2BIG`, 7).
    @inlinable public static var E2BIG: Errno { Errno(rawValue: 7) }
    /// Exec format error (Linux `ENOEXEC`, 8).
    @inlinable public static var ENOEXEC: Errno { Errno(rawValue: 8) }
    /// Bad file descriptor (Linux `EBADF`, 9).
    @inlinable public static var EBADF: Errno { Errno(rawValue: 9) }
    /// No child processes (Linux `ECHILD`, 10).
    @inlinable public static var ECHILD: Errno { Errno(rawValue: 10) }
    /// Resource temporarily unavailable (Linux `EAGAIN`, 11).
    @inlinable public static var EAGAIN: Errno { Errno(rawValue: 11) }
    /// Cannot allocate memory (Linux `ENOMEM`, 12).
    @inlinable public static var ENOMEM: Errno { Errno(rawValue: 12) }
    /// Permission denied (Linux `EACCES`, 13).
    @inlinable public static var EACCES: Errno { Errno(rawValue: 13) }
    /// Bad address (Linux `EFAULT`, 14).
    @inlinable public static var EFAULT: Errno { Errno(rawValue: 14) }
    /// Block device required (Linux `ENOTBLK`, 15).
    @inlinable public static var ENOTBLK: Errno { Errno(rawValue: 15) }
    /// Device or resource busy (Linux `EBUSY`, 16).
    @inlinable public static var EBUSY: Errno { Errno(rawValue: 16) }
    /// File exists (Linux `EEXIST`, 17).
    @inlinable public static var EEXIST: Errno { Errno(rawValue: 17) }
    /// Invalid cross-device link (Linux `EXDEV`, 18).
    @inlinable public static var EXDEV: Errno { Errno(rawValue: 18) }
    /// No such device (Linux `ENODEV`, 19).
    @inlinable public static var ENODEV: Errno { Errno(rawValue: 19) }
    /// Not a directory (Linux `ENOTDIR`, 20).
    @inlinable public static var ENOTDIR: Errno { Errno(rawValue: 20) }
    /// Is a directory (Linux `EISDIR`, 21).
    @inlinable public static var EISDIR: Errno { Errno(rawValue: 21) }
    /// Invalid argument (Linux `EINVAL`, 22).
    @inlinable public static var EINVAL: Errno { Errno(rawValue: 22) }
    /// Too many open files in system (Linux `ENFILE`, 23).
    @inlinable public static var ENFILE: Errno { Errno(rawValue: 23) }
    /// Too many open files (Linux `EMFILE`, 24).
    @inlinable public static var EMFILE: Errno { Errno(rawValue: 24) }
    /// Inappropriate ioctl for device (Linux `ENOTTY`, 25).
    @inlinable public static var ENOTTY: Errno { Errno(rawValue: 25) }
    /// Text file busy (Linux `ETXTBSY`, 26).
    @inlinable public static var ETXTBSY: Errno { Errno(rawValue: 26) }
    /// File too large (Linux `EFBIG`, 27).
    @inlinable public static var EFBIG: Errno { Errno(rawValue: 27) }
    /// No space left on device (Linux `ENOSPC`, 28).
    @inlinable public static var ENOSPC: Errno { Errno(rawValue: 28) }
    /// Illegal seek (Linux `ESPIPE`, 29).
    @inlinable public static var ESPIPE: Errno { Errno(rawValue: 29) }
    /// Read-only file system (Linux `EROFS`, 30).
    @inlinable public static var EROFS: Errno { Errno(rawValue: 30) }
    /// Too many links (Linux `EMLINK`, 31).
    @inlinable public static var EMLINK: Errno { Errno(rawValue: 31) }
    /// Broken pipe (Linux `EPIPE`, 32).
    @inlinable public static var EPIPE: Errno { Errno(rawValue: 32) }
    /// Numerical argument out of domain (Linux `EDOM`, 33).
    @inlinable public static var EDOM: Errno { Errno(rawValue: 33) }
    /// Numerical result out of range (Linux `ERANGE`, 34).
    @inlinable public static var ERANGE: Errno { Errno(rawValue: 34) }
    /// Resource deadlock avoided (Linux `EDEADLK`, 35).
    @inlinable public static var EDEADLK: Errno { Errno(rawValue: 35) }
    /// File name too long (Linux `ENAMETOOLONG`, 36).
    @inlinable public static var ENAMETOOLONG: Errno { Errno(rawValue: 36) }
    /// No locks available (Linux `ENOLCK`, 37).
    @inlinable public static var ENOLCK: Errno { Errno(rawValue: 37) }
    /// Function not implemented (Linux `ENOSYS`, 38).
    @inlinable public static var ENOSYS: Errno { Errno(rawValue: 38) }
    /// Directory not empty (Linux `ENOTEMPTY`, 39).
    @inlinable public static var ENOTEMPTY: Errno { Errno(rawValue: 39) }
    /// Too many levels of symbolic links (Linux `ELOOP`, 40).
    @inlinable public static var ELOOP: Errno { Errno(rawValue: 40) }
    /// No message of desired type (Linux `ENOMSG`, 42).
    @inlinable public static var ENOMSG: Errno { Errno(rawValue: 42) }
    /// Identifier removed (Linux `EIDRM`, 43).
    @inlinable public static var EIDRM: Errno { Errno(rawValue: 43) }
    /// Channel number out of range (Linux `ECHRNG`, 44).
    @inlinable public static var ECHRNG: Errno { Errno(rawValue: 44) }
    /// Level 2 not synchronized (Linux `EL2NSYNC`, 45).
    @inlinable public static var EL2NSYNC: Errno { Errno(rawValue: 45) }
    /// Level 3 halted (Linux `EL3HLT`, 46).
    @inlinable public static var EL3HLT: Errno { Errno(rawValue: 46) }
    /// Level 3 reset (Linux `EL3RST`, 47).
    @inlinable public static var EL3RST: Errno { Errno(rawValue: 47) }
    /// Link number out of range (Linux `ELNRNG`, 48).
    @inlinable public static var ELNRNG: Errno { Errno(rawValue: 48) }
    /// Protocol driver not attached (Linux `EUNATCH`, 49).
    @inlinable public static var EUNATCH: Errno { Errno(rawValue: 49) }
    /// No CSI structure available (Linux `ENOCSI`, 50).
    @inlinable public static var ENOCSI: Errno { Errno(rawValue: 50) }
    /// Level 2 halted (Linux `EL2HLT`, 51).
    @inlinable public static var EL2HLT: Errno { Errno(rawValue: 51) }
    /// Invalid exchange (Linux `EBADE`, 52).
    @inlinable public static var EBADE: Errno { Errno(rawValue: 52) }
    /// Invalid request descriptor (Linux `EBADR`, 53).
    @inlinable public static var EBADR: Errno { Errno(rawValue: 53) }
    /// Exchange full (Linux `EXFULL`, 54).
    @inlinable public static var EXFULL: Errno { Errno(rawValue: 54) }
    /// No anode (Linux `ENOANO`, 55).
    @inlinable public static var ENOANO: Errno { Errno(rawValue: 55) }
    /// Invalid request code (Linux `EBADRQC`, 56).
    @inlinable public static var EBADRQC: Errno { Errno(rawValue: 56) }
    /// Invalid slot (Linux `EBADSLT`, 57).
    @inlinable public static var EBADSLT: Errno { Errno(rawValue: 57) }
    /// Bad font file format (Linux `EBFONT`, 59).
    @inlinable public static var EBFONT: Errno { Errno(rawValue: 59) }
    /// Device not a stream (Linux `ENOSTR`, 60).
    @inlinable public static var ENOSTR: Errno { Errno(rawValue: 60) }
    /// No data available (Linux `ENODATA`, 61).
    @inlinable public static var ENODATA: Errno { Errno(rawValue: 61) }
    /// Timer expired (Linux `ETIME`, 62).
    @inlinable public static var ETIME: Errno { Errno(rawValue: 62) }
    /// Out of streams resources (Linux `ENOSR`, 63).
    @inlinable public static var ENOSR: Errno { Errno(rawValue: 63) }
    /// Machine is not on the network (Linux `ENONET`, 64).
    @inlinable public static var ENONET: Errno { Errno(rawValue: 64) }
    /// Package not installed (Linux `ENOPKG`, 65).
    @inlinable public static var ENOPKG: Errno { Errno(rawValue: 65) }
    /// Object is remote (Linux `EREMOTE`, 66).
    @inlinable public static var EREMOTE: Errno { Errno(rawValue: 66) }
    /// Link has been severed (Linux `ENOLINK`, 67).
    @inlinable public static var ENOLINK: Errno { Errno(rawValue: 67) }
    /// Advertise error (Linux `EADV`, 68).
    @inlinable public static var EADV: Errno { Errno(rawValue: 68) }
    /// Srmount error (Linux `ESRMNT`, 69).
    @inlinable public static var ESRMNT: Errno { Errno(rawValue: 69) }
    /// Communication error on send (Linux `ECOMM`, 70).
    @inlinable public static var ECOMM: Errno { Errno(rawValue: 70) }
    /// Protocol error (Linux `EPROTO`, 71).
    @inlinable public static var EPROTO: Errno { Errno(rawValue: 71) }
    /// Multihop attempted (Linux `EMULTIHOP`, 72).
    @inlinable public static var EMULTIHOP: Errno { Errno(rawValue: 72) }
    /// RFS specific error (Linux `EDOTDOT`, 73).
    @inlinable public static var EDOTDOT: Errno { Errno(rawValue: 73) }
    /// Bad message (Linux `EBADMSG`, 74).
    @inlinable public static var EBADMSG: Errno { Errno(rawValue: 74) }
    /// Value too large for defined data type (Linux `EOVERFLOW`, 75).
    @inlinable public static var EOVERFLOW: Errno { Errno(rawValue: 75) }
    /// Name not unique on network (Linux `ENOTUNIQ`, 76).
    @inlinable public static var ENOTUNIQ: Errno { Errno(rawValue: 76) }
    /// File descriptor in bad state (Linux `EBADFD`, 77).
    @inlinable public static var EBADFD: Errno { Errno(rawValue: 77) }
    /// Remote address changed (Linux `EREMCHG`, 78).
    @inlinable public static var EREMCHG: Errno { Errno(rawValue: 78) }
    /// Can not access a needed shared library (Linux `ELIBACC`, 79).
    @inlinable public static var ELIBACC: Errno { Errno(rawValue: 79) }
    /// Accessing a corrupted shared library (Linux `ELIBBAD`, 80).
    @inlinable public static var ELIBBAD: Errno { Errno(rawValue: 80) }
    /// .lib section in a.out corrupted (Linux `ELIBSCN`, 81).
    @inlinable public static var ELIBSCN: Errno { Errno(rawValue: 81) }
    /// Attempting to link in too many shared libraries (Linux `ELIBMAX`, 82).
    @inlinable public static var ELIBMAX: Errno { Errno(rawValue: 82) }
    /// Cannot exec a shared library directly (Linux `ELIBEXEC`, 83).
    @inlinable public static var ELIBEXEC: Errno { Errno(rawValue: 83) }
    /// Invalid or incomplete multibyte or wide character (Linux `EILSEQ`, 84).
    @inlinable public static var EILSEQ: Errno { Errno(rawValue: 84) }
    /// Interrupted system call should be restarted (Linux `ERESTART`, 85).
    @inlinable public static var ERESTART: Errno { Errno(rawValue: 85) }
    /// Streams pipe error (Linux `ESTRPIPE`, 86).
    @inlinable public static var ESTRPIPE: Errno { Errno(rawValue: 86) }
    /// Too many users (Linux `EUSERS`, 87).
    @inlinable public static var EUSERS: Errno { Errno(rawValue: 87) }
    /// Socket operation on non-socket (Linux `ENOTSOCK`, 88).
    @inlinable public static var ENOTSOCK: Errno { Errno(rawValue: 88) }
    /// Destination address required (Linux `EDESTADDRREQ`, 89).
    @inlinable public static var EDESTADDRREQ: Errno { Errno(rawValue: 89) }
    /// Message too long (Linux `EMSGSIZE`, 90).
    @inlinable public static var EMSGSIZE: Errno { Errno(rawValue: 90) }
    /// Protocol wrong type for socket (Linux `EPROTOTYPE`, 91).
    @inlinable public static var EPROTOTYPE: Errno { Errno(rawValue: 91) }
    /// Protocol not available (Linux `ENOPROTOOPT`, 92).
    @inlinable public static var ENOPROTOOPT: Errno { Errno(rawValue: 92) }
    /// Protocol not supported (Linux `EPROTONOSUPPORT`, 93).
    @inlinable public static var EPROTONOSUPPORT: Errno { Errno(rawValue: 93) }
    /// Socket type not supported (Linux `ESOCKTNOSUPPORT`, 94).
    @inlinable public static var ESOCKTNOSUPPORT: Errno { Errno(rawValue: 94) }
    /// Operation not supported (Linux `EOPNOTSUPP`, 95).
    @inlinable public static var EOPNOTSUPP: Errno { Errno(rawValue: 95) }
    /// Protocol family not supported (Linux `EPFNOSUPPORT`, 96).
    @inlinable public static var EPFNOSUPPORT: Errno { Errno(rawValue: 96) }
    /// Address family not supported by protocol (Linux `EAFNOSUPPORT`, 97).
    @inlinable public static var EAFNOSUPPORT: Errno { Errno(rawValue: 97) }
    /// Address already in use (Linux `EADDRINUSE`, 98).
    @inlinable public static var EADDRINUSE: Errno { Errno(rawValue: 98) }
    /// Cannot assign requested address (Linux `EADDRNOTAVAIL`, 99).
    @inlinable public static var EADDRNOTAVAIL: Errno { Errno(rawValue: 99) }
    /// Network is down (Linux `ENETDOWN`, 100).
    @inlinable public static var ENETDOWN: Errno { Errno(rawValue: 100) }
    /// Network is unreachable (Linux `ENETUNREACH`, 101).
    @inlinable public static var ENETUNREACH: Errno { Errno(rawValue: 101) }
    /// Network dropped connection on reset (Linux `ENETRESET`, 102).
    @inlinable public static var ENETRESET: Errno { Errno(rawValue: 102) }
    /// Software caused connection abort (Linux `ECONNABORTED`, 103).
    @inlinable public static var ECONNABORTED: Errno { Errno(rawValue: 103) }
    /// Connection reset by peer (Linux `ECONNRESET`, 104).
    @inlinable public static var ECONNRESET: Errno { Errno(rawValue: 104) }
    /// No buffer space available (Linux `ENOBUFS`, 105).
    @inlinable public static var ENOBUFS: Errno { Errno(rawValue: 105) }
    /// Transport endpoint is already connected (Linux `EISCONN`, 106).
    @inlinable public static var EISCONN: Errno { Errno(rawValue: 106) }
    /// Transport endpoint is not connected (Linux `ENOTCONN`, 107).
    @inlinable public static var ENOTCONN: Errno { Errno(rawValue: 107) }
    /// Cannot send after transport endpoint shutdown (Linux `ESHUTDOWN`, 108).
    @inlinable public static var ESHUTDOWN: Errno { Errno(rawValue: 108) }
    /// Too many references: cannot splice (Linux `ETOOMANYREFS`, 109).
    @inlinable public static var ETOOMANYREFS: Errno { Errno(rawValue: 109) }
    /// Connection timed out (Linux `ETIMEDOUT`, 110).
    @inlinable public static var ETIMEDOUT: Errno { Errno(rawValue: 110) }
    /// Connection refused (Linux `ECONNREFUSED`, 111).
    @inlinable public static var ECONNREFUSED: Errno { Errno(rawValue: 111) }
    /// Host is down (Linux `EHOSTDOWN`, 112).
    @inlinable public static var EHOSTDOWN: Errno { Errno(rawValue: 112) }
    /// No route to host (Linux `EHOSTUNREACH`, 113).
    @inlinable public static var EHOSTUNREACH: Errno { Errno(rawValue: 113) }
    /// Operation already in progress (Linux `EALREADY`, 114).
    @inlinable public static var EALREADY: Errno { Errno(rawValue: 114) }
    /// Operation now in progress (Linux `EINPROGRESS`, 115).
    @inlinable public static var EINPROGRESS: Errno { Errno(rawValue: 115) }
    /// Stale file handle (Linux `ESTALE`, 116).
    @inlinable public static var ESTALE: Errno { Errno(rawValue: 116) }
    /// Structure needs cleaning (Linux `EUCLEAN`, 117).
    @inlinable public static var EUCLEAN: Errno { Errno(rawValue: 117) }
    /// Not a XENIX named type file (Linux `ENOTNAM`, 118).
    @inlinable public static var ENOTNAM: Errno { Errno(rawValue: 118) }
    /// No XENIX semaphores available (Linux `ENAVAIL`, 119).
    @inlinable public static var ENAVAIL: Errno { Errno(rawValue: 119) }
    /// Is a named type file (Linux `EISNAM`, 120).
    @inlinable public static var EISNAM: Errno { Errno(rawValue: 120) }
    /// Remote I/O error (Linux `EREMOTEIO`, 121).
    @inlinable public static var EREMOTEIO: Errno { Errno(rawValue: 121) }
    /// Disk quota exceeded (Linux `EDQUOT`, 122).
    @inlinable public static var EDQUOT: Errno { Errno(rawValue: 122) }
    /// No medium found (Linux `ENOMEDIUM`, 123).
    @inlinable public static var ENOMEDIUM: Errno { Errno(rawValue: 123) }
    /// Wrong medium type (Linux `EMEDIUMTYPE`, 124).
    @inlinable public static var EMEDIUMTYPE: Errno { Errno(rawValue: 124) }
    /// Operation canceled (Linux `ECANCELED`, 125).
    @inlinable public static var ECANCELED: Errno { Errno(rawValue: 125) }
    /// Required key not available (Linux `ENOKEY`, 126).
    @inlinable public static var ENOKEY: Errno { Errno(rawValue: 126) }
    /// Key has expired (Linux `EKEYEXPIRED`, 127).
    @inlinable public static var EKEYEXPIRED: Errno { Errno(rawValue: 127) }
    /// Key has been revoked (Linux `EKEYREVOKED`, 128).
    @inlinable public static var EKEYREVOKED: Errno { Errno(rawValue: 128) }
    /// Key was rejected by service (Linux `EKEYREJECTED`, 129).
    @inlinable public static var EKEYREJECTED: Errno { Errno(rawValue: 129) }
    /// Owner died (Linux `EOWNERDEAD`, 130).
    @inlinable public static var EOWNERDEAD: Errno { Errno(rawValue: 130) }
    /// State not recoverable (Linux `ENOTRECOVERABLE`, 131).
    @inlinable public static var ENOTRECOVERABLE: Errno { Errno(rawValue: 131) }
    /// Operation not possible due to RF-kill (Linux `ERFKILL`, 132).
    @inlinable public static var ERFKILL: Errno { Errno(rawValue: 132) }
    /// Memory page has hardware error (Linux `EHWPOISON`, 133).
    @inlinable public static var EHWPOISON: Errno { Errno(rawValue: 133) }
    /// Operation would block: the same number as `EAGAIN` (Linux `EWOULDBLOCK`).
    @inlinable public static var EWOULDBLOCK: Errno { EAGAIN }
    /// Resource deadlock would occur: the same number as `EDEADLK` (Linux `EDEADLOCK`).
    @inlinable public static var EDEADLOCK: Errno { EDEADLK }
    /// Operation not supported: the same number as `EOPNOTSUPP` (Linux `ENOTSUP`).
    @inlinable public static var ENOTSUP: Errno { EOPNOTSUPP }
}

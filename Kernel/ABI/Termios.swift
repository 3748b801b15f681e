// The terminal settings as the TCGETS/TCSETS ioctls move them: the kernel's 36-byte
// `struct termios` (not glibc's 60-byte one, which adds speeds and a longer c_cc), its
// flag bits and control-character indices (include/uapi/asm-generic/termbits.h,
// termbits-common.h), `struct winsize`, and Linux's default settings. The ioctl numbers are
// in Ioctl.swift; the line discipline that obeys these is Kernel/Core/LineDiscipline.swift.

/// `c_iflag`: input processing. Linux: asm-generic/termbits.h, termbits-common.h.
public struct TermiosInputFlags: OptionSet, Hashable, Sendable, BitwiseCopyable {
    public let rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Ignore BREAK (Linux `IGNBRK`).
    @inlinable public static var IGNBRK: TermiosInputFlags { TermiosInputFlags(rawValue: 0o1) }
    /// BREAK sends SIGINT (Linux `BRKINT`).
    @inlinable public static var BRKINT: TermiosInputFlags { TermiosInputFlags(rawValue: 0o2) }
    /// Ignore parity errors (Linux `IGNPAR`).
    @inlinable public static var IGNPAR: TermiosInputFlags { TermiosInputFlags(rawValue: 0o4) }
    /// Mark parity errors (Linux `PARMRK`).
    @inlinable public static var PARMRK: TermiosInputFlags { TermiosInputFlags(rawValue: 0o10) }
    /// Check parity (Linux `INPCK`).
    @inlinable public static var INPCK: TermiosInputFlags { TermiosInputFlags(rawValue: 0o20) }
    /// Strip the eighth bit (Linux `ISTRIP`).
    @inlinable public static var ISTRIP: TermiosInputFlags { TermiosInputFlags(rawValue: 0o40) }
    /// NL becomes CR (Linux `INLCR`).
    @inlinable public static var INLCR: TermiosInputFlags { TermiosInputFlags(rawValue: 0o100) }
    /// Ignore CR (Linux `IGNCR`).
    @inlinable public static var IGNCR: TermiosInputFlags { TermiosInputFlags(rawValue: 0o200) }
    /// CR becomes NL (Linux `ICRNL`).
    @inlinable public static var ICRNL: TermiosInputFlags { TermiosInputFlags(rawValue: 0o400) }
    /// Upper case becomes lower case (Linux `IUCLC`).
    @inlinable public static var IUCLC: TermiosInputFlags { TermiosInputFlags(rawValue: 0o1000) }
    /// ^S/^Q flow control on output (Linux `IXON`).
    @inlinable public static var IXON: TermiosInputFlags { TermiosInputFlags(rawValue: 0o2000) }
    /// Any character restarts output (Linux `IXANY`).
    @inlinable public static var IXANY: TermiosInputFlags { TermiosInputFlags(rawValue: 0o4000) }
    /// ^S/^Q flow control on input (Linux `IXOFF`).
    @inlinable public static var IXOFF: TermiosInputFlags { TermiosInputFlags(rawValue: 0o10000) }
    /// Ring the bell when the input queue is full (Linux `IMAXBEL`).
    @inlinable public static var IMAXBEL: TermiosInputFlags { TermiosInputFlags(rawValue: 0o20000) }
    /// Input is UTF-8, for character erase (Linux `IUTF8`).
    @inlinable public static var IUTF8: TermiosInputFlags { TermiosInputFlags(rawValue: 0o40000) }
}

/// `c_oflag`: output processing. Linux: asm-generic/termbits.h.
public struct TermiosOutputFlags: OptionSet, Hashable, Sendable, BitwiseCopyable {
    public let rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Process output at all (Linux `OPOST`).
    @inlinable public static var OPOST: TermiosOutputFlags { TermiosOutputFlags(rawValue: 0o1) }
    /// Lower case becomes upper case (Linux `OLCUC`).
    @inlinable public static var OLCUC: TermiosOutputFlags { TermiosOutputFlags(rawValue: 0o2) }
    /// NL becomes CR NL (Linux `ONLCR`).
    @inlinable public static var ONLCR: TermiosOutputFlags { TermiosOutputFlags(rawValue: 0o4) }
    /// CR becomes NL (Linux `OCRNL`).
    @inlinable public static var OCRNL: TermiosOutputFlags { TermiosOutputFlags(rawValue: 0o10) }
    /// No CR in column 0 (Linux `ONOCR`).
    @inlinable public static var ONOCR: TermiosOutputFlags { TermiosOutputFlags(rawValue: 0o20) }
    /// NL does the CR function (Linux `ONLRET`).
    @inlinable public static var ONLRET: TermiosOutputFlags { TermiosOutputFlags(rawValue: 0o40) }
    /// Fill characters for delays (Linux `OFILL`).
    @inlinable public static var OFILL: TermiosOutputFlags { TermiosOutputFlags(rawValue: 0o100) }
    /// Fill with DEL (Linux `OFDEL`).
    @inlinable public static var OFDEL: TermiosOutputFlags { TermiosOutputFlags(rawValue: 0o200) }
    /// Expand tabs to spaces: the TABDLY field set to TAB3 (Linux `XTABS`).
    @inlinable public static var XTABS: TermiosOutputFlags { TermiosOutputFlags(rawValue: 0o14000) }
}

/// `c_cflag`: hardware control, including the baud rate field. Linux: asm-generic/termbits.h.
public struct TermiosControlFlags: OptionSet, Hashable, Sendable, BitwiseCopyable {
    public let rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Mask of the baud-rate field (Linux `CBAUD`).
    @inlinable public static var CBAUD: TermiosControlFlags { TermiosControlFlags(rawValue: 0o10017) }
    /// Hang up: baud rate 0 (Linux `B0`).
    @inlinable public static var B0: TermiosControlFlags { TermiosControlFlags(rawValue: 0) }
    /// 9600 baud (Linux `B9600`).
    @inlinable public static var B9600: TermiosControlFlags { TermiosControlFlags(rawValue: 0o15) }
    /// 38400 baud, the console's nominal rate (Linux `B38400`).
    @inlinable public static var B38400: TermiosControlFlags { TermiosControlFlags(rawValue: 0o17) }
    /// 115200 baud (Linux `B115200`).
    @inlinable public static var B115200: TermiosControlFlags { TermiosControlFlags(rawValue: 0o10002) }
    /// Mask of the character-size field (Linux `CSIZE`).
    @inlinable public static var CSIZE: TermiosControlFlags { TermiosControlFlags(rawValue: 0o60) }
    /// 5-bit characters: the size field 0 (Linux `CS5`).
    @inlinable public static var CS5: TermiosControlFlags { TermiosControlFlags(rawValue: 0) }
    /// 6-bit characters (Linux `CS6`).
    @inlinable public static var CS6: TermiosControlFlags { TermiosControlFlags(rawValue: 0o20) }
    /// 7-bit characters (Linux `CS7`).
    @inlinable public static var CS7: TermiosControlFlags { TermiosControlFlags(rawValue: 0o40) }
    /// 8-bit characters (Linux `CS8`).
    @inlinable public static var CS8: TermiosControlFlags { TermiosControlFlags(rawValue: 0o60) }
    /// Two stop bits (Linux `CSTOPB`).
    @inlinable public static var CSTOPB: TermiosControlFlags { TermiosControlFlags(rawValue: 0o100) }
    /// Enable the receiver (Linux `CREAD`).
    @inlinable public static var CREAD: TermiosControlFlags { TermiosControlFlags(rawValue: 0o200) }
    /// Parity on (Linux `PARENB`).
    @inlinable public static var PARENB: TermiosControlFlags { TermiosControlFlags(rawValue: 0o400) }
    /// Odd parity (Linux `PARODD`).
    @inlinable public static var PARODD: TermiosControlFlags { TermiosControlFlags(rawValue: 0o1000) }
    /// Hang up on last close (Linux `HUPCL`).
    @inlinable public static var HUPCL: TermiosControlFlags { TermiosControlFlags(rawValue: 0o2000) }
    /// Ignore modem control lines (Linux `CLOCAL`).
    @inlinable public static var CLOCAL: TermiosControlFlags { TermiosControlFlags(rawValue: 0o4000) }
}

/// `c_lflag`: the line discipline's behaviour. Linux: asm-generic/termbits.h.
public struct TermiosLocalFlags: OptionSet, Hashable, Sendable, BitwiseCopyable {
    public let rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// INTR, QUIT and SUSP send signals (Linux `ISIG`).
    @inlinable public static var ISIG: TermiosLocalFlags { TermiosLocalFlags(rawValue: 0o1) }
    /// Canonical mode: line editing, reads return lines (Linux `ICANON`).
    @inlinable public static var ICANON: TermiosLocalFlags { TermiosLocalFlags(rawValue: 0o2) }
    /// Obsolete case mapping (Linux `XCASE`).
    @inlinable public static var XCASE: TermiosLocalFlags { TermiosLocalFlags(rawValue: 0o4) }
    /// Echo input (Linux `ECHO`).
    @inlinable public static var ECHO: TermiosLocalFlags { TermiosLocalFlags(rawValue: 0o10) }
    /// ERASE erases the previous character on screen (Linux `ECHOE`).
    @inlinable public static var ECHOE: TermiosLocalFlags { TermiosLocalFlags(rawValue: 0o20) }
    /// KILL echoes a newline or erases the line (Linux `ECHOK`).
    @inlinable public static var ECHOK: TermiosLocalFlags { TermiosLocalFlags(rawValue: 0o40) }
    /// Echo NL even without ECHO (Linux `ECHONL`).
    @inlinable public static var ECHONL: TermiosLocalFlags { TermiosLocalFlags(rawValue: 0o100) }
    /// Do not flush queues on a signal character (Linux `NOFLSH`).
    @inlinable public static var NOFLSH: TermiosLocalFlags { TermiosLocalFlags(rawValue: 0o200) }
    /// Background writers get SIGTTOU (Linux `TOSTOP`).
    @inlinable public static var TOSTOP: TermiosLocalFlags { TermiosLocalFlags(rawValue: 0o400) }
    /// Echo control characters as ^X (Linux `ECHOCTL`).
    @inlinable public static var ECHOCTL: TermiosLocalFlags { TermiosLocalFlags(rawValue: 0o1000) }
    /// Hard-copy erase echo (Linux `ECHOPRT`).
    @inlinable public static var ECHOPRT: TermiosLocalFlags { TermiosLocalFlags(rawValue: 0o2000) }
    /// KILL erases each character on screen (Linux `ECHOKE`).
    @inlinable public static var ECHOKE: TermiosLocalFlags { TermiosLocalFlags(rawValue: 0o4000) }
    /// Output is being flushed (Linux `FLUSHO`).
    @inlinable public static var FLUSHO: TermiosLocalFlags { TermiosLocalFlags(rawValue: 0o10000) }
    /// Retype pending input (Linux `PENDIN`).
    @inlinable public static var PENDIN: TermiosLocalFlags { TermiosLocalFlags(rawValue: 0o40000) }
    /// Extended input processing: WERASE, LNEXT, REPRINT (Linux `IEXTEN`).
    @inlinable public static var IEXTEN: TermiosLocalFlags { TermiosLocalFlags(rawValue: 0o100000) }
    /// External processing (Linux `EXTPROC`).
    @inlinable public static var EXTPROC: TermiosLocalFlags { TermiosLocalFlags(rawValue: 0o200000) }
}

/// The kernel's `struct termios` (36 bytes), what TCGETS writes and TCSETS* read.
/// Linux: include/uapi/asm-generic/termbits.h.
public struct Termios: Equatable, Sendable, BitwiseCopyable {
    /// Input modes.
    public var c_iflag: TermiosInputFlags
    /// Output modes.
    public var c_oflag: TermiosOutputFlags
    /// Control modes.
    public var c_cflag: TermiosControlFlags
    /// Local modes.
    public var c_lflag: TermiosLocalFlags
    /// The line discipline number (0, N_TTY).
    public var c_line: UInt8
    /// The control characters, indexed by `VINTR` … `VEOL2`.
    public var c_cc: InlineArray<19, UInt8>

    /// All flags clear and all control characters 0 (disabled).
    @inlinable
    public init() {
        c_iflag = []
        c_oflag = []
        c_cflag = []
        c_lflag = []
        c_line = 0
        c_cc = InlineArray(repeating: 0)
    }

    /// The number of control characters in the kernel's struct (Linux `NCCS`, 19; glibc's
    /// NCCS is 32).
    @inlinable public static var NCCS: Int { 19 }

    /// Interrupt, ^C: SIGINT (Linux `VINTR`).
    @inlinable public static var VINTR: Int { 0 }
    /// Quit, ^\: SIGQUIT (Linux `VQUIT`).
    @inlinable public static var VQUIT: Int { 1 }
    /// Erase one character, DEL (Linux `VERASE`).
    @inlinable public static var VERASE: Int { 2 }
    /// Erase the line, ^U (Linux `VKILL`).
    @inlinable public static var VKILL: Int { 3 }
    /// End of file, ^D (Linux `VEOF`).
    @inlinable public static var VEOF: Int { 4 }
    /// Non-canonical read timeout in tenths of a second (Linux `VTIME`).
    @inlinable public static var VTIME: Int { 5 }
    /// Non-canonical read minimum byte count (Linux `VMIN`).
    @inlinable public static var VMIN: Int { 6 }
    /// Switch character, unused (Linux `VSWTC`).
    @inlinable public static var VSWTC: Int { 7 }
    /// Restart output, ^Q (Linux `VSTART`).
    @inlinable public static var VSTART: Int { 8 }
    /// Stop output, ^S (Linux `VSTOP`).
    @inlinable public static var VSTOP: Int { 9 }
    /// Suspend, ^Z: SIGTSTP (Linux `VSUSP`).
    @inlinable public static var VSUSP: Int { 10 }
    /// Additional end of line (Linux `VEOL`).
    @inlinable public static var VEOL: Int { 11 }
    /// Reprint the line, ^R (Linux `VREPRINT`).
    @inlinable public static var VREPRINT: Int { 12 }
    /// Discard output, ^O (Linux `VDISCARD`).
    @inlinable public static var VDISCARD: Int { 13 }
    /// Erase a word, ^W (Linux `VWERASE`).
    @inlinable public static var VWERASE: Int { 14 }
    /// Take the next character literally, ^V (Linux `VLNEXT`).
    @inlinable public static var VLNEXT: Int { 15 }
    /// Second additional end of line (Linux `VEOL2`).
    @inlinable public static var VEOL2: Int { 16 }

    /// A c_cc value that disables a control character (Linux `_POSIX_VDISABLE`, 0).
    @inlinable public static var disabled: UInt8 { 0 }

    /// The settings of a fresh Linux terminal (`tty_std_termios`, drivers/tty/tty_io.c):
    /// ICRNL|IXON; OPOST|ONLCR; B38400|CS8|CREAD|HUPCL; ISIG|ICANON|ECHO|ECHOE|ECHOK|
    /// ECHOCTL|ECHOKE|IEXTEN; c_cc = INIT_C_CC (^C ^\ DEL ^U ^D, VTIME 0, VMIN 1, ^Q ^S ^Z,
    /// ^R ^O ^W ^V). A pty slave starts the same but without HUPCL.
    public static var linuxDefault: Termios {
        var termios = Termios()
        termios.c_iflag = [.ICRNL, .IXON]
        termios.c_oflag = [.OPOST, .ONLCR]
        termios.c_cflag = [.B38400, .CS8, .CREAD, .HUPCL]
        termios.c_lflag = [.ISIG, .ICANON, .ECHO, .ECHOE, .ECHOK, .ECHOCTL, .ECHOKE, .IEXTEN]
        termios.c_cc[VINTR] = 0x03
        termios.c_cc[VQUIT] = 0x1C
        termios.c_cc[VERASE] = 0x7F
        termios.c_cc[VKILL] = 0x15
        termios.c_cc[VEOF] = 0x04
        termios.c_cc[VTIME] = 0
        termios.c_cc[VMIN] = 1
        termios.c_cc[VSWTC] = 0
        termios.c_cc[VSTART] = 0x11
        termios.c_cc[VSTOP] = 0x13
        termios.c_cc[VSUSP] = 0x1A
        termios.c_cc[VEOL] = 0
        termios.c_cc[VREPRINT] = 0x12
        termios.c_cc[VDISCARD] = 0x0F
        termios.c_cc[VWERASE] = 0x17
        termios.c_cc[VLNEXT] = 0x16
        termios.c_cc[VEOL2] = 0
        return termios
    }

    public static func == (lhs: Termios, rhs: Termios) -> Bool {
        guard lhs.c_iflag == rhs.c_iflag, lhs.c_oflag == rhs.c_oflag, lhs.c_cflag == rhs.c_cflag,
              lhs.c_lflag == rhs.c_lflag, lhs.c_line == rhs.c_line else { return false }
        for index in 0..<NCCS where lhs.c_cc[index] != rhs.c_cc[index] { return false }
        return true
    }
}

/// The terminal's size: `struct winsize` of TIOCGWINSZ/TIOCSWINSZ, 8 bytes.
/// Linux: include/uapi/asm-generic/termios.h.
public struct WinSize: Equatable, Sendable, BitwiseCopyable {
    /// Rows of characters.
    public var ws_row: UInt16
    /// Columns of characters.
    public var ws_col: UInt16
    /// Width in pixels (unused by the kernel).
    public var ws_xpixel: UInt16
    /// Height in pixels (unused by the kernel).
    public var ws_ypixel: UInt16

    /// A size; 0×0 means "unknown", as on a fresh Linux tty.
    @inlinable
    public init(ws_row: UInt16 = 0, ws_col: UInt16 = 0, ws_xpixel: UInt16 = 0, ws_ypixel: UInt16 = 0) {
        self.ws_row = ws_row
        self.ws_col = ws_col
        self.ws_xpixel = ws_xpixel
        self.ws_ypixel = ws_ypixel
    }
}

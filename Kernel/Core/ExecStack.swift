// The initial stack of a new process image, as execve(2) leaves it (System V AMD64 ABI
// §3.4.1 "Initial Stack and Register State"; Linux fs/exec.c copy_strings and
// fs/binfmt_elf.c create_elf_tables). A pure builder: the kernel copies `bytes` to
// [stackPointer, stackTop) of the new address space and starts the program with rsp =
// stackPointer. Constants: Kernel/ABI/Auxv.swift.
//
// From the top down, as Linux lays it out (without its random offsets):
//   stackTop − 8           8 zero bytes (Linux's end marker: bprm->p starts one word down)
//   execfn NUL             the path the program was executed as (AT_EXECFN)
//   envp strings           envp[0] lowest … envp[n−1] highest, each NUL-terminated
//   argv strings           argv[0] lowest (the start of the string area)
//   (down to 16)           the string area's start rounded down to 16 (arch_align_stack)
//   platform NUL           "x86_64" (AT_PLATFORM)
//   16 random bytes        (AT_RANDOM)
//   padding                so that rsp is 16-byte aligned (STACK_ROUND)
//   auxv pairs, AT_NULL    (type, value) words
//   envp pointers, NULL
//   argv pointers, NULL
//   argc                   at rsp
import LinuxABI

/// Why an argument list cannot become a stack image.
public enum ExecStackError: Error, Equatable, Sendable {
    /// The strings and pointers exceed the limit, one string exceeds `MAX_ARG_STRLEN`, or
    /// the image does not fit below the stack top.
    case tooBig

    /// E2BIG, what execve(2) returns for all three.
    public var errno: Errno { .E2BIG }
}

/// A finished stack image and where its parts landed.
public struct ExecStackImage: Sendable {
    /// The bytes of [stackPointer, stackTop), lowest address first.
    public let bytes: [UInt8]
    /// The new rsp: where argc is; 16-byte aligned.
    public let stackPointer: VirtAddr
    /// The address of argv[0]'s pointer (stackPointer + 8).
    public let argvAddress: VirtAddr
    /// The address of envp[0]'s pointer.
    public let envpAddress: VirtAddr
    /// The address of the first auxv pair.
    public let auxvAddress: VirtAddr
    /// Where argv[0]'s string starts (Linux mm->arg_start); the argv strings end where the
    /// envp strings start.
    public let argumentsStart: VirtAddr
    /// Where envp[0]'s string starts (Linux mm->arg_end = mm->env_start).
    public let environmentStart: VirtAddr
    /// One past envp's last string: where the execfn string starts (Linux mm->env_end).
    public let environmentEnd: VirtAddr
    /// The execfn string (the AT_EXECFN value).
    public let execfnAddress: VirtAddr
    /// The platform string (the AT_PLATFORM value).
    public let platformAddress: VirtAddr
    /// The 16 random bytes (the AT_RANDOM value).
    public let randomAddress: VirtAddr
    /// The argument count stored at `stackPointer` (1 when argv was empty: see `build`).
    public let argc: Int
}

/// Builds the initial process stack. Linux: fs/binfmt_elf.c create_elf_tables.
public enum ExecStack {
    /// The longest single argument or environment string, NUL included: 32 pages
    /// (Linux `MAX_ARG_STRLEN`).
    public static let maxArgumentStringLength = 32 * 4096
    /// The smallest argument space Linux grants, whatever the stack limit: 32 pages
    /// (Linux `ARG_MAX` in bprm_stack_limits).
    public static let minimumArgumentSpace = 32 * 4096
    /// The platform string Linux x86_64 reports (`ELF_PLATFORM`).
    public static let platform: StaticString = "x86_64"

    /// The byte budget for strings and pointers under a stack soft limit of
    /// `stackLimit` bytes: a quarter of it, at most 6 MiB (¾ of `_STK_LIM`), at least 128 KiB.
    /// Linux: fs/exec.c bprm_stack_limits.
    public static func argumentSpace(stackLimit: UInt64) -> Int {
        let quarter = stackLimit / 4
        let capped = min(quarter, UInt64(6 << 20))
        return max(Int(capped), minimumArgumentSpace)
    }

    /// The stack image for a program started with `argv` and `envp` (strings without their
    /// NUL; they must not contain one), executed as `execfn`, with `random` (16 bytes) for
    /// AT_RANDOM and `auxv` as the auxiliary vector.
    ///
    /// `auxv` is copied in order; entries with type AT_RANDOM, AT_PLATFORM or AT_EXECFN get
    /// the addresses of those strings in this image, and any of the three that is missing
    /// is appended (in Linux's order: AT_RANDOM, AT_EXECFN, AT_PLATFORM). AT_NULL entries
    /// in `auxv` are dropped; one ends the vector.
    ///
    /// An empty argv becomes `[""]`, as Linux does since 5.18 (fs/exec.c
    /// do_execveat_common), so argc is never 0.
    ///
    /// Throws `tooBig` when a string with its NUL exceeds `maxArgumentStringLength`, when
    /// all strings (execfn included, NULs included) plus 8 bytes per argv and envp pointer
    /// exceed `limit` (use `argumentSpace(stackLimit:)`), or when the image would reach
    /// below address 0. Linux: copy_strings, valid_arg_len, bprm_stack_limits.
    public static func build(stackTop: VirtAddr, argv: [[UInt8]], envp: [[UInt8]], execfn: [UInt8],
                             random: [UInt8], auxv: [(key: UInt64, value: UInt64)],
                             limit: Int) throws(ExecStackError) -> ExecStackImage {
        precondition(random.count == 16, "AT_RANDOM takes 16 bytes")
        let arguments = argv.isEmpty ? [[]] : argv

        // Limits first, in Int arithmetic that cannot overflow for any array that fits in memory.
        var stringBytes = execfn.count + 1
        for string in arguments + envp {
            guard string.count + 1 <= maxArgumentStringLength else { throw .tooBig }
            stringBytes += string.count + 1
        }
        guard execfn.count + 1 <= maxArgumentStringLength else { throw .tooBig }
        let pointerBytes = (arguments.count + envp.count) * 8
        guard limit >= 0, pointerBytes <= limit, stringBytes <= limit - pointerBytes else { throw .tooBig }

        // The auxiliary vector with our three addresses to fill in.
        var entries: [(key: UInt64, value: UInt64)] = []
        for entry in auxv where entry.key != Auxv.AT_NULL { entries.append(entry) }
        for key in [Auxv.AT_RANDOM, Auxv.AT_EXECFN, Auxv.AT_PLATFORM]
        where !entries.contains(where: { $0.key == key }) {
            entries.append((key: key, value: 0))
        }
        entries.append((key: Auxv.AT_NULL, value: 0))

        // Addresses, top down, with every subtraction checked.
        let top = stackTop.value
        let platformLength = UInt64(platform.utf8CodeUnitCount + 1)
        let stringArea = UInt64(stringBytes) + 8  // the strings and Linux's zero word above them
        let pointerWords = UInt64(entries.count * 2 + arguments.count + 1 + envp.count + 1 + 1)
        guard top >= stringArea else { throw .tooBig }
        let stringsStart = top - stringArea
        let alignedStrings = stringsStart & ~15  // arch_align_stack without the random offset
        let below = platformLength + 16 + pointerWords * 8 + 15
        guard alignedStrings >= below else { throw .tooBig }
        let platformAddress = alignedStrings - platformLength
        let randomAddress = platformAddress - 16
        let stackPointer = (randomAddress - pointerWords * 8) & ~15  // STACK_ROUND
        guard let rsp = VirtAddr(checking: stackPointer) else { throw .tooBig }

        var image = [UInt8](repeating: 0, count: Int(top - stackPointer))
        func put(_ value: UInt64, at address: UInt64) {
            let offset = Int(address - stackPointer)
            for byte in 0..<8 { image[offset + byte] = UInt8(truncatingIfNeeded: value >> UInt64(byte * 8)) }
        }
        func put(_ bytes: [UInt8], at address: UInt64) {
            let offset = Int(address - stackPointer)
            for index in bytes.indices { image[offset + index] = bytes[index] }
            image[offset + bytes.count] = 0
        }

        // Strings: argv, envp, execfn, ascending.
        var cursor = stringsStart
        var argvStrings: [UInt64] = []
        for string in arguments {
            argvStrings.append(cursor)
            put(string, at: cursor)
            cursor += UInt64(string.count + 1)
        }
        var envpStrings: [UInt64] = []
        let environmentStart = cursor
        for string in envp {
            envpStrings.append(cursor)
            put(string, at: cursor)
            cursor += UInt64(string.count + 1)
        }
        let execfnAddress = cursor
        put(execfn, at: execfnAddress)

        var platformBytes: [UInt8] = []
        platform.withUTF8Buffer { platformBytes = Array($0) }
        put(platformBytes, at: platformAddress)
        for index in 0..<16 { image[Int(randomAddress - stackPointer) + index] = random[index] }

        // The table: argc, argv, NULL, envp, NULL, auxv.
        var slot = stackPointer
        func push(_ value: UInt64) {
            put(value, at: slot)
            slot += 8
        }
        push(UInt64(arguments.count))
        let argvAddress = slot
        for address in argvStrings { push(address) }
        push(0)
        let envpAddress = slot
        for address in envpStrings { push(address) }
        push(0)
        let auxvAddress = slot
        for entry in entries {
            push(entry.key)
            switch entry.key {
            case Auxv.AT_RANDOM: push(randomAddress)
            case Auxv.AT_PLATFORM: push(platformAddress)
            case Auxv.AT_EXECFN: push(execfnAddress)
            default: push(entry.value)
            }
        }

        return ExecStackImage(
            bytes: image, stackPointer: rsp, argvAddress: VirtAddr(truncating: argvAddress),
            envpAddress: VirtAddr(truncating: envpAddress), auxvAddress: VirtAddr(truncating: auxvAddress),
            argumentsStart: VirtAddr(truncating: stringsStart),
            environmentStart: VirtAddr(truncating: environmentStart),
            environmentEnd: VirtAddr(truncating: execfnAddress),
            execfnAddress: VirtAddr(truncating: execfnAddress),
            platformAddress: VirtAddr(truncating: platformAddress),
            randomAddress: VirtAddr(truncating: randomAddress), argc: arguments.count)
    }
}

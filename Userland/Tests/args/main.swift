// What a process finds on its initial stack: argv, envp and the auxiliary vector, checked
// by re-executing this program with an argv and envp chosen here (Linux: execve(2),
// getauxval(3)). The child runs the checks and prints TAP; the parent counts its lines.
import CRuntime
import LinuxABI
import Runtime
import TestKit

let childArguments = ["custom-argv0", "--child", "two words", ""]
let fixedEnvironment = ["APUS_A=1", "APUS_EMPTY=", "APUS_LONG=" + String(repeating: "x", count: 300)]

/// The child's environment: the fixed entries, then the path it is executed from.
func childEnvironment(_ path: String) -> [String] { fixedEnvironment + ["APUS_PATH=" + path] }

func checkChild(_ t: TestRun, _ arguments: [String], _ environment: [String]) {
    t.check(ProcessInfo.argumentCount == 4, "argc is the number of strings passed to execve")
    t.check(arguments == childArguments, "argv arrives byte for byte, empty string included")
    t.check(ProcessInfo.rawArguments?[4] == nil, "argv[argc] is NULL")
    let path = ProcessInfo.environmentValue("APUS_PATH") ?? ""
    t.check(environment == childEnvironment(path), "envp arrives byte for byte, in order")
    t.check(ProcessInfo.environmentValue("APUS_EMPTY") == "", "an empty environment value is kept")

    t.check(ProcessInfo.auxiliaryValue(Auxv.AT_PAGESZ) == 4096, "AT_PAGESZ is 4096")
    t.check(ProcessInfo.auxiliaryValue(Auxv.AT_PHENT) == 56, "AT_PHENT is sizeof(Elf64_Phdr)")
    let phnum = ProcessInfo.auxiliaryValue(Auxv.AT_PHNUM) ?? 0
    t.check(phnum >= 2, "AT_PHNUM counts this program's headers")
    let entry = ProcessInfo.auxiliaryValue(Auxv.AT_ENTRY) ?? 0
    let start = UInt64(unsafeBitCast(_start as @convention(c) () -> Void, to: UInt.self))
    t.check(entry == start, "AT_ENTRY is the address of _start")

    // AT_PHDR points at this image's program headers: the first PT_LOAD among them maps
    // the ELF header, whose e_entry is _start too.
    if let phdr = ProcessInfo.auxiliaryValue(Auxv.AT_PHDR), phdr != 0 {
        let headers = UnsafeRawPointer(bitPattern: UInt(phdr))!
        var firstLoad: UInt64? = nil
        for i in 0..<Int(phnum) where firstLoad == nil {
            let h = headers + i * 56
            if h.loadUnaligned(as: UInt32.self) == Elf.PT_LOAD {
                firstLoad = h.loadUnaligned(fromByteOffset: 16, as: UInt64.self) - h.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            }
        }
        if let base = firstLoad {
            let ehdr = UnsafeRawPointer(bitPattern: UInt(base))!
            t.check(ehdr.loadUnaligned(as: UInt32.self) == Elf.ELFMAG, "the first PT_LOAD maps the ELF header")
            t.check(ehdr.loadUnaligned(fromByteOffset: 24, as: UInt64.self) == entry, "e_entry in memory equals AT_ENTRY")
        } else {
            t.check(false, "AT_PHDR's table has a PT_LOAD")
        }
    } else {
        t.check(false, "AT_PHDR is present")
    }

    if let random = ProcessInfo.auxiliaryValue(Auxv.AT_RANDOM), random != 0 {
        let bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: UInt(random)), count: 16)
        t.check(bytes.contains { $0 != 0 }, "AT_RANDOM points at 16 bytes that are not all zero")
    } else {
        t.check(false, "AT_RANDOM is present")
    }
    if let execfn = ProcessInfo.auxiliaryValue(Auxv.AT_EXECFN), execfn != 0 {
        let name = String(nulTerminated: UnsafePointer<UInt8>(bitPattern: UInt(execfn))!)
        t.check(!path.isEmpty && name == path, "AT_EXECFN is the path given to execve, not argv[0]")
    } else {
        t.check(false, "AT_EXECFN is present")
    }
    t.check(ProcessInfo.auxiliaryValue(Auxv.AT_SECURE) == 0, "AT_SECURE is 0 for a plain exec")

    // The stack: argv strings sit above the vectors, and rsp was 16-byte aligned at entry
    // (the pointer to argc is what _start saw).
    let argcAddress = UInt(bitPattern: ProcessInfo.rawArguments!) - 8
    t.check(argcAddress % 16 == 0, "rsp at _start is 16-byte aligned (SysV ABI)")
}

@main struct ArgsTest: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        let t = TestRun()
        if arguments.count > 1 && arguments[1] == "--child" {
            checkChild(t, arguments, environment)
            return t.finish()
        }
        let me = executablePath()
        let status = t.absorbChild(me, childArguments, childEnvironment(me), prefix: "exec'd child: ")
        t.check(status?.exited == true && status?.exitCode == 0, "the re-executed child exits 0 after its checks")
        t.check(arguments.count >= 1 && !arguments[0].isEmpty, "argv[0] is set when the driver starts us")
        return t.finish()
    }
}

/// The file this process was executed from, as execve got it (AT_EXECFN).
func executablePath() -> String {
    guard let execfn = ProcessInfo.auxiliaryValue(Auxv.AT_EXECFN), execfn != 0 else {
        return ProcessInfo.programName
    }
    return String(nulTerminated: UnsafePointer<UInt8>(bitPattern: UInt(execfn))!)
}

// The syscall table: number → handler and lock policy (SerenityOS-style: each syscall
// states whether it runs under the process big lock). Each area's *Syscalls.swift file
// registers its own syscalls in `register(_:)`, so the table is the list of areas.
import LinuxABI

/// Collects the entries while the table is built.
struct SyscallTableBuilder {
    fileprivate var entries = [SyscallEntry?](repeating: nil, count: SyscallTable.size)

    /// Enters `handler` for syscall `number`; a number entered twice is a bug.
    mutating func add(_ number: Int, _ name: StaticString, _ policy: SyscallLockPolicy,
                      _ handler: @escaping SyscallHandler) {
        precondition(entries[number] == nil, "syscall entered twice")
        entries[number] = SyscallEntry(name: name, policy: policy, handler: handler)
    }
}

enum SyscallTable {
    static let size = 512
    nonisolated(unsafe) private static var entries: [SyscallEntry?] = []

    /// Builds the table; called once at boot before any user code runs.
    static func initialise() {
        var table = SyscallTableBuilder()
        ProcessSyscalls.register(&table)
        MemorySyscalls.register(&table)
        ExecSyscalls.register(&table)
        SystemSyscalls.register(&table)
        DescriptorSyscalls.register(&table)
        OpenSyscalls.register(&table)
        StatSyscalls.register(&table)
        DirectorySyscalls.register(&table)
        NamespaceSyscalls.register(&table)
        AttributeSyscalls.register(&table)
        CredentialSyscalls.register(&table)
        LimitSyscalls.register(&table)
        PipeSyscalls.register(&table)
        PollSyscalls.register(&table)
        SignalSyscalls.register(&table)
        entries = table.entries
    }

    static func entry(_ number: UInt64) -> SyscallEntry? {
        number < UInt64(entries.count) ? entries[Int(number)] : nil
    }
}

// Backtraces by walking the frame-pointer chain (Swift and our C keep rbp frames; entry.S
// zeroes rbp so the chain ends), named through the symbol table that the build embeds in
// the .ksyms section (Tools/mksyms writes it, KernelCore.SymbolTable reads it).
import KernelCore
import KernelSupport

enum Backtrace {
    static let maxFrames = 32

    /// The embedded symbol table, or nil when the build did not embed one.
    static func symbols() -> SymbolTable? {
        let start = UnsafeRawPointer(bitPattern: UInt(ksym___ksyms_start()))
        let length = Int(ksym___ksyms_end() - ksym___ksyms_start())
        return SymbolTable(UnsafeRawBufferPointer(start: start, count: length))
    }

    /// "name+0x1c" for a code address, or "?" when it is not in the table.
    static func describe(_ address: UInt64, in table: SymbolTable?) -> String {
        guard let table, let (name, offset) = table.lookup(address) else { return "?" }
        return String(decoding: name, as: UTF8.self) + "+" + Format.hex(offset, width: 1)
    }

    /// Prints return addresses from `rbp` upward. Every read goes through the fault probe,
    /// so a corrupt chain ends the trace instead of faulting inside the panic path.
    static func print(fromFramePointer rbp: UInt64, rip: UInt64? = nil) {
        let table = symbols()
        Console.writeUnlocked("backtrace:\n")
        var index = 0
        if let rip {
            Console.writeUnlocked("  #0 " + Format.hex(rip) + " " + describe(rip, in: table) + "\n")
            index = 1
        }
        let start = index
        if let unreadable = walk(fromFramePointer: rbp, limit: maxFrames - start, { ret in
            Console.writeUnlocked("  #" + String(index) + " " + Format.hex(ret) + " " + describe(ret &- 1, in: table) + "\n")
            index += 1
        }) {
            Console.writeUnlocked("  (frame " + Format.hex(unreadable) + " unreadable)\n")
        }
    }

    /// Calls `body` with each return address up the frame-pointer chain from `rbp`, at most
    /// `limit`; every read goes through the fault probe. Returns the frame that could not be
    /// read, if the walk ended there. Allocation-free (the NMI's thread dump uses it too).
    static func walk(fromFramePointer rbp: UInt64, limit: Int, _ body: (UInt64) -> Void) -> UInt64? {
        var frame = rbp
        var count = 0
        while frame != 0 && frame & 7 == 0 && count < limit {
            guard let next = FaultProbe.read64(frame), let ret = FaultProbe.read64(frame &+ 8) else { return frame }
            if ret == 0 { break }
            body(ret)
            count += 1
            // Frames grow toward higher addresses; anything else is a broken chain.
            if next <= frame { break }
            frame = next
        }
        return nil
    }
}

// The kernel's embedded symbol table, for backtraces with function names: Tools/mksyms
// writes it from `llvm-nm` output (SymbolTableEncoder.swift), the Makefile links it into
// the .ksyms section, Kernel/Arch/x86_64/Backtrace.swift reads it here. Linux: kallsyms.
//
// Format "KSYM" version 1, all integers little-endian, no alignment required:
//   offset 0   magic        4 bytes  "KSYM"
//          4   version      UInt32   1
//          8   count        UInt32   number of entries
//         12   stringBytes  UInt32   size of the string table
//         16   entries      count × 16 bytes, sorted by address (ties allowed):
//                 +0 address     UInt64  first byte of the symbol
//                 +8 size        UInt32  length in bytes; 0 = unknown (runs to the next symbol)
//                 +12 nameOffset UInt32  offset of the name in the string table
//         16 + 16 × count   string table: NUL-terminated UTF-8 names; its last byte is NUL
// Bytes after the string table (section padding) are ignored.

/// A read-only view of a KSYM blob. Every bound is checked once in `init`, so lookups never
/// trap, whatever the bytes were.
public struct SymbolTable {
    /// "KSYM" read as a little-endian UInt32.
    public static let magic: UInt32 = 0x4D59_534B
    /// The format version this reader understands.
    public static let version: UInt32 = 1
    /// Size of the header in bytes.
    public static let headerSize = 16
    /// Size of one entry in bytes.
    public static let entrySize = 16

    let bytes: UnsafeRawBufferPointer
    /// Number of entries.
    public let count: Int
    let stringsOffset: Int
    let stringBytes: Int

    /// The table in `bytes`, or nil when the header, the sizes, the order of the entries or
    /// a name offset is wrong (an empty or garbage .ksyms section gives nil).
    public init?(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.baseAddress != nil, bytes.count >= SymbolTable.headerSize,
              bytes.loadUnaligned(fromByteOffset: 0, as: UInt32.self).littleEndian == SymbolTable.magic,
              bytes.loadUnaligned(fromByteOffset: 4, as: UInt32.self).littleEndian == SymbolTable.version
        else { return nil }
        let count = UInt64(bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian)
        let stringBytes = UInt64(bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian)
        let stringsOffset = UInt64(SymbolTable.headerSize) + count * UInt64(SymbolTable.entrySize)
        guard stringsOffset + stringBytes <= UInt64(bytes.count) else { return nil }
        self.bytes = bytes
        self.count = Int(count)
        self.stringsOffset = Int(stringsOffset)
        self.stringBytes = Int(stringBytes)
        if count > 0 {
            guard stringBytes > 0, bytes[self.stringsOffset + self.stringBytes - 1] == 0 else { return nil }
        }
        var previous: UInt64 = 0
        for index in 0..<self.count {
            let (address, _, nameOffset) = entry(index)
            guard address >= previous, Int(nameOffset) < self.stringBytes else { return nil }
            previous = address
        }
    }

    /// The symbol containing `address` and the offset into it, or nil when `address` lies
    /// before the first symbol or past the end of a symbol whose size is known. The name
    /// excludes the NUL and points into the table's bytes. Binary search: O(log count).
    public func lookup(_ address: UInt64) -> (name: UnsafeBufferPointer<UInt8>, offset: UInt64)? {
        // The last entry whose address is <= `address`.
        var low = 0, high = count
        while low < high {
            let middle = low + (high - low) / 2
            if entry(middle).address <= address { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let (start, size, nameOffset) = entry(low - 1)
        let offset = address - start
        guard size == 0 || offset < UInt64(size) else { return nil }
        return (name(at: Int(nameOffset)), offset)
    }

    /// Entry `index` (0 ..< count): its address, size and name.
    public func symbol(at index: Int) -> (address: UInt64, size: UInt64, name: UnsafeBufferPointer<UInt8>)? {
        guard index >= 0 && index < count else { return nil }
        let (address, size, nameOffset) = entry(index)
        return (address, UInt64(size), name(at: Int(nameOffset)))
    }

    func entry(_ index: Int) -> (address: UInt64, size: UInt32, nameOffset: UInt32) {
        let offset = SymbolTable.headerSize + index * SymbolTable.entrySize
        return (bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian,
                bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self).littleEndian,
                bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self).littleEndian)
    }

    /// The name starting at `offset` in the string table, up to its NUL (which `init`
    /// guaranteed exists).
    func name(at offset: Int) -> UnsafeBufferPointer<UInt8> {
        let start = stringsOffset + offset
        var end = start
        while end < stringsOffset + stringBytes && bytes[end] != 0 { end += 1 }
        let base = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }
}

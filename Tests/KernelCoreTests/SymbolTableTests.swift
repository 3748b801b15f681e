// SymbolTable and its encoder (Kernel/Core/SymbolTable.swift, SymbolTableEncoder.swift):
// round trips, lookups at symbol edges, nm line parsing, name shortening, and garbage that
// must be refused without trapping.
import Testing
@testable import KernelCore

func withTable<R>(_ blob: [UInt8], _ body: (SymbolTable?) throws -> R) rethrows -> R {
    try blob.withUnsafeBytes { try body(SymbolTable($0)) }
}

func text(_ name: UnsafeBufferPointer<UInt8>) -> String { String(decoding: name, as: UTF8.self) }

struct SymbolTableTests {
    static let symbols: [(address: UInt64, size: UInt64, name: String)] = [
        (0x7FFF_8000_2000, 0x10, "second"),
        (0x7FFF_8000_1000, 0x100, "kernel_main"),
        (0x7FFF_8000_3000, 0, "sizeless"),           // runs to the next symbol
        (0x7FFF_8000_4000, 8, "Café.naïve(_:)"),
        (UInt64.max - 1, 1, "top"),
    ]

    static let lookupCases: [(UInt64, String?, UInt64)] = [
        (0, nil, 0),
        (0x7FFF_8000_0FFF, nil, 0),                  // just below the first symbol
        (0x7FFF_8000_1000, "kernel_main", 0),
        (0x7FFF_8000_10FF, "kernel_main", 0xFF),     // last byte
        (0x7FFF_8000_1100, nil, 0),                  // one past its size
        (0x7FFF_8000_2008, "second", 8),
        (0x7FFF_8000_3FFF, "sizeless", 0xFFF),
        (0x7FFF_8000_4007, "Café.naïve(_:)", 7),
        (0x7FFF_8000_4008, nil, 0),
        (UInt64.max - 1, "top", 0),
        (UInt64.max, nil, 0),
    ]

    @Test(arguments: lookupCases)
    func roundTrip(address: UInt64, name: String?, offset: UInt64) throws {
        let blob = SymbolTable.encode(Self.symbols)
        try withTable(blob) { table in
            let table = try #require(table)
            #expect(table.count == 5)
            let found = table.lookup(address)
            #expect(found.map { text($0.name) } == name)
            if name != nil { #expect(found?.offset == offset) }
        }
    }

    @Test func layoutIsAsDocumented() {
        let blob = SymbolTable.encode([(0x1122_3344_5566_7788, 0x10, "ab"), (0x10, 0x1_0000_0000, "c")])
        #expect(Array(blob[0..<4]) == Array("KSYM".utf8))
        #expect(Array(blob[4..<16]) == [1, 0, 0, 0, 2, 0, 0, 0, 5, 0, 0, 0])
        // Sorted: "c" first (size too big for UInt32 → 0), then "ab" at name offset 2.
        #expect(Array(blob[16..<32]) == [0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect(Array(blob[32..<48]) == [0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11, 0x10, 0, 0, 0, 2, 0, 0, 0])
        #expect(Array(blob[48...]) == Array("c\0ab\0".utf8))
    }

    @Test func emptyTableAndTrailingPadding() throws {
        let empty = SymbolTable.encode([])
        #expect(empty.count == 16)
        withTable(empty) { table in
            #expect(table != nil)
            #expect(table?.lookup(0) == nil)
            #expect(table?.symbol(at: 0) == nil)
        }
        withTable(SymbolTable.encode(Self.symbols) + [0, 0, 0, 0, 0, 0, 0]) { table in
            #expect(table?.lookup(0x7FFF_8000_1000).map { text($0.name) } == "kernel_main")
        }
    }

    @Test func namesAreCutAtNUL() {
        withTable(SymbolTable.encode([(0x10, 1, "a\0b")])) { table in
            #expect(table?.lookup(0x10).map { text($0.name) } == "a")
        }
    }

    @Test func symbolAccessor() {
        withTable(SymbolTable.encode(Self.symbols)) { table in
            let first = table?.symbol(at: 0)
            #expect(first?.address == 0x7FFF_8000_1000 && first?.size == 0x100)
            #expect(first.map { text($0.name) } == "kernel_main")
            #expect(table?.symbol(at: -1) == nil && table?.symbol(at: 5) == nil)
        }
    }

    static let malformedCases: [(String, [UInt8])] = {
        let good = SymbolTable.encode(symbols)
        func patched(_ offset: Int, _ bytes: [UInt8]) -> [UInt8] {
            var copy = good
            copy.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
            return copy
        }
        return [
            ("empty", []),
            ("the kernel's placeholder (.quad 0)", [0, 0, 0, 0, 0, 0, 0, 0]),
            ("header only, truncated", Array(good[0..<15])),
            ("bad magic", patched(0, Array("KSYN".utf8))),
            ("bad version", patched(4, [2, 0, 0, 0])),
            ("count too large", patched(8, [6, 0, 0, 0])),
            ("count huge", patched(8, [0xFF, 0xFF, 0xFF, 0xFF])),
            ("strings too large", patched(12, [0xFF, 0xFF, 0, 0])),
            ("string table not NUL-terminated", Array(good.dropLast())),
            ("name offset outside strings", patched(16 + 12, [0xFF, 0, 0, 0])),
            ("unsorted", patched(16, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0])),
        ]
    }()

    @Test(arguments: malformedCases)
    func malformedIsRefused(name: String, blob: [UInt8]) {
        withTable(blob) { #expect($0 == nil, "\(name)") }
    }

    @Test func nilBaseAddressIsRefused() {
        #expect(SymbolTable(UnsafeRawBufferPointer(start: nil, count: 0)) == nil)
    }

    /// Random corruption of a good blob: init may accept or refuse, lookups never trap.
    @Test(arguments: Array(UInt64(1)...UInt64(200)))
    func fuzz(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var blob = SymbolTable.encode(Self.symbols)
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            blob[Int.random(in: 0..<blob.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
        }
        if Bool.random(using: &random) { blob.removeLast(Int.random(in: 0..<blob.count, using: &random)) }
        withTable(blob) { table in
            guard let table else { return }
            for _ in 0..<50 {
                if let found = table.lookup(UInt64.random(in: 0...UInt64.max, using: &random)) {
                    _ = text(found.name)
                }
            }
            for index in 0..<table.count { _ = table.symbol(at: index) }
        }
    }

    // MARK: - nm output and names (Tools/mksyms)

    static let nmCases: [(String, NmSymbol?)] = [
        ("", nil),
        ("                 U memset", nil),
        ("00007fff80001000 0000000000000020 T kernel_main",
         NmSymbol(address: 0x7FFF_8000_1000, size: 0x20, type: UInt8(ascii: "T"), name: "kernel_main")),
        ("00007fff80001000 T _start", NmSymbol(address: 0x7FFF_8000_1000, size: nil, type: UInt8(ascii: "T"), name: "_start")),
        ("0000000000000010 0000000000000008 W $e1d4makeSiyF",
         NmSymbol(address: 0x10, size: 8, type: UInt8(ascii: "W"), name: "$e1d4makeSiyF")),
        ("0000000000000010 d data", NmSymbol(address: 0x10, size: nil, type: UInt8(ascii: "d"), name: "data")),
        ("0000000000000010 0000000000000008 b a", NmSymbol(address: 0x10, size: 8, type: UInt8(ascii: "b"), name: "a")),
        ("00000000000000c0 0000000000000028 r .L.str.39.Range requires lowerBound",
         NmSymbol(address: 0xC0, size: 0x28, type: UInt8(ascii: "r"), name: ".L.str.39.Range requires lowerBound")),
        ("zzzz T name", nil),
        ("0000000000000010", nil),
        ("0000000000000010 T", nil),
        ("00000000000000100000000000000000 T long", nil),
        ("0000000000000010 0000000000000008 T name\r", NmSymbol(address: 0x10, size: 8, type: UInt8(ascii: "T"), name: "name")),
    ]

    @Test(arguments: nmCases)
    func nmLines(line: String, expected: NmSymbol?) {
        #expect(NmSymbol(nmLine: line) == expected)
    }

    @Test func textTypes() {
        for (type, isText) in [("T", true), ("t", true), ("W", true), ("w", true), ("D", false), ("r", false), ("V", false)] {
            #expect(NmSymbol(address: 0, size: nil, type: type.utf8.first!, name: "x").isText == isText)
        }
    }

    static let shortenCases: [(String, Int, String)] = [
        ("kernel_main", 120, "kernel_main"),
        ("", 10, ""),
        ("specialized Foo<Int>.bar(_:)", 120, "specialized Foo<Int>.bar(_:)"),  // short enough: untouched
        ("specialized Foo<Array<Int>>.bar(_:)", 20, "Foo.bar(_:)"),
        ("specialized Foo.bar() with unmangled suffix \"x\"", 20, "Foo.bar()"),
        (String(repeating: "a", count: 30), 10, "aaaaaaa..."),
        ("ééééé", 6, "é..."),
    ]

    @Test(arguments: shortenCases)
    func shortening(name: String, limit: Int, expected: String) {
        #expect(SymbolName.shortened(name, limit: limit) == expected)
    }
}

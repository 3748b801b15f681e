// The C symbols the Embedded Swift runtime expects from its platform (TOOLCHAIN-NOTES.md):
// allocation goes to Heap; memset/memcpy/memmove/memcmp/strlen are in Arch/x86_64/mem.S;
// arc4random_buf is in Drivers/Entropy.swift.

/// EINVAL / ENOMEM as posix_memalign returns them (not through errno).
private let einval: CInt = 22, enomem: CInt = 12

@_cdecl("posix_memalign")
func runtimePosixMemalign(_ result: UnsafeMutablePointer<UnsafeMutableRawPointer?>, _ alignment: Int, _ size: Int) -> CInt {
    guard alignment >= MemoryLayout<UnsafeRawPointer>.size, alignment & (alignment - 1) == 0 else { return einval }
    guard let block = Heap.allocate(size: size, alignment: alignment) else { return enomem }
    result.pointee = block
    return 0
}

/// `free` itself is a jump to this in mem.S: Swift reserves the name `free` for the runtime.
@_cdecl("kernel_free")
func runtimeFree(_ pointer: UnsafeMutableRawPointer?) {
    guard let pointer else { return }
    Heap.free(pointer)
}

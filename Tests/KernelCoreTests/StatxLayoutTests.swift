// Statx and StatxTimestamp (Kernel/ABI/Statx.swift) against the kernel header's layout, and DeviceEncoding (Kernel/ABI/RenameFlags.swift) against
// the host kernel's device numbers.
import Testing
import LinuxABI
@testable import KernelCore
#if canImport(Glibc)
import Glibc
#endif

struct StatxLayoutTests {
    /// glibc's Swift module does not import `struct statx`: the offsets are the kernel
    /// header's (include/uapi/linux/stat.h), written out; file.statx_fields checks the
    /// values against the host kernel.
    @Test func statxLayout() {
        #expect(MemoryLayout<Statx>.size == 256 && MemoryLayout<StatxTimestamp>.size == 16)
        let expected: [(PartialKeyPath<Statx>, Int)] = [
            (\.stx_mask, 0), (\.stx_blksize, 4), (\.stx_attributes, 8), (\.stx_nlink, 16), (\.stx_uid, 20),
            (\.stx_gid, 24), (\.stx_mode, 28), (\.stx_ino, 32), (\.stx_size, 40), (\.stx_blocks, 48),
            (\.stx_attributes_mask, 56), (\.stx_atime, 64), (\.stx_btime, 80), (\.stx_ctime, 96),
            (\.stx_mtime, 112), (\.stx_rdev_major, 128), (\.stx_rdev_minor, 132), (\.stx_dev_major, 136),
            (\.stx_dev_minor, 140), (\.__tail, 144),
        ]
        for (path, at) in expected { #expect(offset(path) == at, "\(path)") }
        #expect(offset(\StatxTimestamp.tv_nsec) == 8)
    }

    @Test(arguments: [(0, 0), (1, 3), (1, 5), (5, 1), (8, 1), (255, 255), (4095, 1_048_575), (0x123, 0x45678)] as [(UInt32, UInt32)])
    func deviceNumbersRoundTrip(major: UInt32, minor: UInt32) {
        let encoded = RamDeviceNumber(major: major, minor: minor).encoded
        #expect(DeviceEncoding.major(encoded) == major && DeviceEncoding.minor(encoded) == minor)
    }

    /// The host kernel's own encoding of /dev/null and /dev/zero decodes to 1:3 and 1:5.
    @Test func hostDeviceNodesDecode() {
        var null = stat(), zero = stat()
        #expect(lstat("/dev/null", &null) == 0 && lstat("/dev/zero", &zero) == 0)
        #expect(DeviceEncoding.major(UInt64(null.st_rdev)) == 1 && DeviceEncoding.minor(UInt64(null.st_rdev)) == 3)
        #expect(DeviceEncoding.major(UInt64(zero.st_rdev)) == 1 && DeviceEncoding.minor(UInt64(zero.st_rdev)) == 5)
        #expect(RamDeviceNumber(major: 1, minor: 3).encoded == UInt64(null.st_rdev))
    }
}

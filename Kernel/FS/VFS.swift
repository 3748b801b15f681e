// The VFS: the one RamFS behind "/" and the lock that serialises every operation on it,
// the boot-time mount (the initrd unpacked into it, /dev and /tmp made sure of), and the
// kernel clock the ramfs stamps times with. Open files: VFSOpen.swift; exec: VFSExec.swift;
// the per-process cwd/umask/credentials: FileSystemContext.swift. Linux: the rootfs tmpfs
// that init/initramfs.c fills, and init/do_mounts.c's devtmpfs nodes.
import KernelCore
import LinuxABI

enum VFS {
    /// Guards the whole RamFS: its tree, every inode's attributes and file data. A
    /// sleeping lock (allocation may sleep one day). Lock order (Kernel/README.md): a
    /// process's bigLock → an OpenFile's lock → VFS.lock → the spinlocks (heap, frames).
    static let lock = Mutex()
    /// The root filesystem; set once by `mountRoot` before any process runs.
    nonisolated(unsafe) private static var rootFS: RamFS?

    /// The filesystem's device number in st_dev (Linux gives tmpfs an anonymous 0:N).
    static let deviceNumber = RamDeviceNumber(major: 0, minor: 1)

    /// The root filesystem. Only valid after `mountRoot` (boot, before PID 1).
    static var fs: RamFS {
        guard let rootFS else { fatalError("VFS used before mountRoot") }
        return rootFS
    }

    /// The root directory.
    static var root: RamInode { fs.root }

    /// Runs `body` holding `lock`.
    static func withLock<T>(_ body: (RamFS) throws(Errno) -> T) throws(Errno) -> T {
        lock.lock()
        defer {
            ProcFS.trim(fs)   // /proc holds nothing between operations (ProcFS.swift)
            lock.unlock()
        }
        return try body(fs)
    }

    /// The wall clock (CLOCK_REALTIME) as ramfs timestamps.
    static func now() -> RamTimestamp {
        let nanoseconds = Clock.realtimeNanoseconds()
        return RamTimestamp(seconds: Int64(nanoseconds / 1_000_000_000), nanoseconds: nanoseconds % 1_000_000_000)
    }

    /// Creates the root filesystem and unpacks `archive` (the initrd, cpio newc) into it,
    /// then makes sure of the device nodes in /dev and a world-writable sticky /tmp.
    /// Called once at boot, before any process exists (so no lock is needed yet).
    static func mountRoot(_ archive: UnsafeRawBufferPointer) {
        // tmpfs's default size=: half of RAM. Past it writes are ENOSPC, so user space
        // cannot exhaust the kernel's memory with file data.
        let fs = RamFS(deviceNumber: deviceNumber, rootMode: 0o755, pageLimit: FrameAllocator.frameCount / 2,
                       pages: framePages, clock: now)
        rootFS = fs
        if archive.count > 0 {
            do throws(CpioError) {
                let summary = try fs.populate(fromCpio: archive)
                Log.info("vfs: initrd unpacked: " + String(summary.files) + " files, " + String(summary.directories)
                         + " directories, " + String(summary.symlinks) + " symlinks, " + String(summary.hardLinks)
                         + " hard links, " + String(summary.nodes) + " nodes, " + String(summary.skipped) + " skipped")
            } catch {
                Log.error("vfs: the initrd is malformed; kept what came before the bad member")
            }
        } else {
            Log.warn("vfs: no initrd; the root filesystem is empty")
        }
        populateDevices(fs)
        ProcFS.mount(fs)
        Log.info("vfs: " + String(fs.fileDataBytes / 1024) + " KiB of file data in " + String(fs.inodeCount) + " inodes")
    }

    /// /dev with the nodes the kernel provides, and /tmp with mode 1777, whatever the
    /// initrd held (an existing node of the same name is kept).
    private static func populateDevices(_ fs: RamFS) {
        let dev = ensureDirectory(fs, "dev", mode: 0o755)
        let tmp = ensureDirectory(fs, "tmp", mode: 0o1777)
        if let tmp { try? fs.changeMode(tmp, to: 0o1777, credentials: .root) }
        guard let dev else { return }
        for node in DeviceFiles.nodes {
            _ = try? fs.makeNode(in: dev, name: node.name.withUTF8Buffer { Array($0) },
                                 mode: FileMode(rawValue: FileMode.S_IFCHR | node.permissions),
                                 device: node.device, uid: 0, gid: 0)
        }
    }

    private static func ensureDirectory(_ fs: RamFS, _ name: StaticString, mode: UInt32) -> RamInode? {
        let bytes = name.withUTF8Buffer { Array($0) }
        if let existing = try? fs.lookup(bytes, from: fs.root, credentials: .root) {
            return existing.isDirectory ? existing : nil
        }
        return try? fs.makeDirectory(in: fs.root, name: bytes, mode: mode, uid: 0, gid: 0)
    }

    /// File pages are whole reference-counted user frames, reached through the direct map:
    /// the file holds one reference, and exec maps a program's pages into the processes
    /// running it (VFSExec.swift), each mapping another reference (Linux's page cache).
    static let framePages = RamPageAllocator(allocate: {
        UserFrames.allocate().map { DirectMap.pointer($0) }
    }, free: { page in
        // Every page came from `allocate`, so it is a direct-map address.
        if let frame = DirectMap.physical(page) { UserFrames.release(frame) }
    }, isShared: { page in
        guard let frame = DirectMap.physical(page) else { return false }
        return UserFrames.referenceCount(frame) > 1
    })

    /// stat of `inode`, under the lock.
    static func stat(_ inode: RamInode) -> Stat {
        lock.lock()
        defer { lock.unlock() }
        return fs.stat(inode)
    }
}

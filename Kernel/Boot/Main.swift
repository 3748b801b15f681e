// kernel_main: the boot sequence as a checklist (entry.S calls it on the boot stack with
// GS pointing at the boot CPU's per-CPU area). ARCHITECTURE.md §1 gives the order.
import KernelCore
import KernelSupport

let kernelVersion = "0.1.0"

@_cdecl("kernel_main")
func kernelMain(_ bootInfo: UnsafePointer<ApusBootInfo>) -> Never {
    Clock.bootTsc = cpu_rdtsc()
    Serial.initialise()
    let boot = BootParameters.accept(bootInfo)
    let options = KernelCommandLine(boot.commandLine)
    Log.threshold = options.logLevel
    DebugExit.enabled = options.testExit
    Console.write("\nApus kernel " + kernelVersion + " (x86_64, Embedded Swift)\n")
    Log.info("command line: \"" + boot.commandLine + "\"")
    CPUInfo.detect()
    Log.info("cpu: " + CPUInfo.current.vendor + ", " + CPUInfo.current.brand + " [" + CPUInfo.current.featureSummary + "]")
    CPUSetup.bootCPU()
    NMI.recordKernelGSBase()
    FrameAllocator.initialise(UnsafeBufferPointer(boot.regions))
    KernelAddressSpace.build(regions: UnsafeBufferPointer(boot.regions), kernelPhysBase: boot.kernelPhysBase)
    FrameAllocator.reclaimBootMemory(UnsafeBufferPointer(boot.regions))
    PageInfoTable.initialise(frameCount: FrameAllocator.frameCount)
    Heap.enable()
    BootGlobals.initialise()
    ScreenConsole.start(boot.framebuffer)
    Log.info("random: " + Entropy.source)
    LegacyPIC.remapAndMask()
    LocalAPIC.enable()
    IOAPIC.initialise(rsdp: boot.acpiRSDP, regions: UnsafeBufferPointer(boot.regions))
    AcpiPower.initialise(rsdp: boot.acpiRSDP, regions: UnsafeBufferPointer(boot.regions))
    Clock.calibrate()
    Clock.setWallClock()
    Clock.startTicking()
    Scheduler.initialise()
    cpu_sti()
    BootReport.memory(boot)
    BootReport.time(boot)
    if let crash = options.value("crash") { CrashTest.run(crash) }
    if options.selftest { SelfTests.run(options) }
    ConsoleTTY.start(inputVector: Vector.serial)
    PS2Keyboard.start(vector: Vector.keyboard)
    SyscallTable.initialise()
    SyscallSetup.enableOnThisCPU()
    Initrd.adopt(base: boot.initrdBase, size: boot.initrdSize)
    VFS.mountRoot(Initrd.bytes)
    Initrd.release(UnsafeBufferPointer(boot.regions))
    InitProcess.start(options)
    Scheduler.exitCurrent()
}

// What apus-run needs to boot the image once: the image, the machine, the limits.
// Parsed from the command line in RunnerOptions.swift; turned into QEMU's arguments in
// QemuArguments.swift.

/// Settings for booting the image in QEMU.
public struct BootOptions: Equatable, Sendable {
    /// The GPT disk image; never modified (the runner boots a copy).
    public var image: String
    /// Replaces `apus/cmdline` in the copy when set.
    public var cmdline: String?
    /// Also write the clean serial output here.
    public var log: String?
    /// Total time limit in seconds.
    public var timeout: Double = 300
    /// Longest allowed stretch without serial output, in seconds.
    public var silence: Double = 60
    /// QEMU `-m`.
    public var memory = "256M"
    /// QEMU `-smp`.
    public var cpus = 1
    /// Attach the image as a USB stick on an xHCI controller instead of a plain disk.
    public var usb = false
    /// Extra QEMU arguments, appended last.
    public var extraQemuArguments: [String] = []
    /// Read-only firmware code.
    public var ovmfCode = "/usr/share/OVMF/OVMF_CODE_4M.fd"
    /// Firmware variable store; copied per boot, since the firmware writes it.
    public var ovmfVars = "/usr/share/OVMF/OVMF_VARS_4M.fd"
    /// Text to type on the serial console, each after its marker line (`--send`); empty
    /// means QEMU's stdin is /dev/null.
    public var serialInput: [SerialInputStep] = []
    /// QEMU monitor commands, each after its marker line (`--monitor`, `--keys`); when
    /// there are any, the monitor is a pipe the runner writes to.
    public var monitorInput: [MonitorStep] = []
    /// The QEMU executable (hidden `--qemu`, for testing the runner with a fake QEMU).
    public var qemu = "qemu-system-x86_64"

    public init(image: String) {
        self.image = image
    }
}

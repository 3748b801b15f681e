// QemuArguments.make: the exact QEMU command line, plain disk and USB stick.
import Testing
@testable import RunnerKit

struct QemuArgumentsTests {
    static let common = [
        "-machine", "q35", "-m", "256M", "-smp", "1", "-display", "none", "-serial", "stdio",
        "-monitor", "none", "-no-reboot", "-net", "none",
        "-drive", "if=pflash,format=raw,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.fd",
        "-drive", "if=pflash,format=raw,file=/tmp/r/VARS.fd",
    ]

    @Test func plainDisk() {
        let arguments = QemuArguments.make(BootOptions(image: "orig.img"), vars: "/tmp/r/VARS.fd", image: "/tmp/r/disk.img")
        #expect(arguments == Self.common + [
            "-drive", "format=raw,file=/tmp/r/disk.img",
            "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
        ])
    }

    @Test func usbStickMemoryCPUsAndExtras() {
        var options = BootOptions(image: "orig.img")
        options.usb = true
        options.memory = "512M"
        options.cpus = 2
        options.extraQemuArguments = ["-d", "int"]
        let arguments = QemuArguments.make(options, vars: "/tmp/r/VARS.fd", image: "/tmp/r/disk.img")
        #expect(arguments.prefix(6) == ["-machine", "q35", "-m", "512M", "-smp", "2"])
        #expect(Array(arguments.dropFirst(Self.common.count)) == [
            "-device", "qemu-xhci",
            "-drive", "if=none,id=stick,format=raw,file=/tmp/r/disk.img",
            "-device", "usb-storage,drive=stick",
            "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
            "-d", "int",
        ])
    }

    @Test func commasInFileNamesAreDoubled() {
        var options = BootOptions(image: "x")
        options.ovmfCode = "/fw/a,b.fd"
        let arguments = QemuArguments.make(options, vars: "v,1", image: "d,2")
        #expect(arguments.contains("if=pflash,format=raw,readonly=on,file=/fw/a,,b.fd"))
        #expect(arguments.contains("if=pflash,format=raw,file=v,,1"))
        #expect(arguments.contains("format=raw,file=d,,2"))
    }

    @Test func neverUsesNodefaults() {
        // -nodefaults would remove the VGA device and with it the GOP framebuffer.
        #expect(!QemuArguments.make(BootOptions(image: "x"), vars: "v", image: "d").contains("-nodefaults"))
    }
}

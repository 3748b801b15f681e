// The QEMU command line for one boot (TOOLCHAIN-NOTES.md, "Image, QEMU, harness"): q35,
// OVMF as pflash, serial on stdout, isa-debug-exit for the verdict, no reboot so a
// triple fault ends the run instead of looping.

/// Builds QEMU's argument list.
public enum QemuArguments {
    /// Arguments (without the executable) to boot `image` with firmware variables `vars`,
    /// both temporary copies made by the runner; with `monitorPipe`, QEMU's monitor reads
    /// commands from the FIFO `monitorPipe.in` and answers into `monitorPipe.out`.
    public static func make(_ options: BootOptions, vars: String, image: String, monitorPipe: String? = nil) -> [String] {
        var arguments = [
            "-machine", "q35",
            "-m", options.memory,
            "-smp", String(options.cpus),
            // -display none keeps the emulated VGA (and so the GOP framebuffer) but opens
            // no window; -nodefaults would remove the VGA too.
            "-display", "none",
            "-serial", "stdio",
            "-monitor", "none",
            "-no-reboot",
            "-net", "none",
            "-drive", "if=pflash,format=raw,readonly=on,file=" + escape(options.ovmfCode),
            "-drive", "if=pflash,format=raw,file=" + escape(vars),
        ]
        if options.usb {
            arguments += [
                "-device", "qemu-xhci",
                "-drive", "if=none,id=stick,format=raw,file=" + escape(image),
                "-device", "usb-storage,drive=stick",
            ]
        } else {
            arguments += ["-drive", "format=raw,file=" + escape(image)]
        }
        arguments += ["-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"]
        if let monitorPipe {
            arguments += ["-chardev", "pipe,id=apusmon,path=" + escape(monitorPipe), "-mon", "chardev=apusmon,mode=readline"]
        }
        return arguments + options.extraQemuArguments
    }

    /// QEMU's option syntax separates key=value pairs with commas; a comma inside a value
    /// is written twice.
    static func escape(_ value: String) -> String {
        value.replacing(",", with: ",,")
    }
}

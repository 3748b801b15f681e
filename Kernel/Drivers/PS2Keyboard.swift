// The PS/2 keyboard behind an i8042 controller (Linux: drivers/input/serio/i8042.c and
// atkbd.c, much simplified): found by talking to the controller, left in scancode set 2
// with the controller translating to set 1, read on ISA IRQ 1 through the I/O APIC.
// KernelCore.KeyboardDecoder turns scancodes into the bytes a Linux console sends, which
// go into the console TTY's input ring beside the serial port's (SerialInput.push).
// Ports and commands: the IBM PC/AT technical reference's 8042 interface (0x60 data,
// 0x64 status/command).
import KernelCore
import KernelSupport

enum PS2Keyboard {
    private static let dataPort: UInt16 = 0x60, commandPort: UInt16 = 0x64
    /// Status bits: output buffer full (a byte for us), input buffer full (busy), the byte
    /// is from the auxiliary (mouse) port.
    private static let outputFull: UInt8 = 0x01, inputFull: UInt8 = 0x02, auxData: UInt8 = 0x20
    private static let readConfig: UInt8 = 0x20, writeConfig: UInt8 = 0x60
    private static let disableAux: UInt8 = 0xA7, disableKeyboard: UInt8 = 0xAD, enableKeyboard: UInt8 = 0xAE
    /// Configuration byte: keyboard interrupt, aux interrupt, keyboard clock off, translation.
    private static let configKeyboardIRQ: UInt8 = 0x01, configAuxIRQ: UInt8 = 0x02
    private static let configKeyboardClockOff: UInt8 = 0x10, configTranslate: UInt8 = 0x40
    /// ISA IRQ of the keyboard.
    static let irq: UInt8 = 1
    /// Polls before a controller that does not answer counts as absent (i8042.c: I8042_CTL_TIMEOUT).
    private static let spinLimit = 200_000
    /// Bytes read and dropped while flushing (i8042.c: I8042_BUFFER_SIZE).
    private static let flushLimit = 16

    nonisolated(unsafe) private static var decoder = KeyboardDecoder()
    nonisolated(unsafe) private(set) static var present = false

    /// Finds and sets up the controller and routes IRQ 1; an absent controller is logged
    /// and the console keeps its serial input.
    static func start(vector: Int) {
        decoder = KeyboardDecoder()   // touched here first, not in the interrupt (swift_once)
        guard cpu_inb(commandPort) != 0xFF else { Log.info("keyboard: no i8042 controller"); return }
        guard command(disableKeyboard), command(disableAux) else { Log.info("keyboard: i8042 does not respond"); return }
        flush()
        guard command(readConfig), let config = readData() else { Log.info("keyboard: i8042 does not report its configuration"); return }
        var updated = config | configKeyboardIRQ | configTranslate
        updated &= ~(configAuxIRQ | configKeyboardClockOff)
        guard command(writeConfig), writeData(updated), command(enableKeyboard) else {
            Log.warn("keyboard: i8042 refused its configuration"); return
        }
        flush()
        guard IOAPIC.routeISA(irq, to: vector) else { Log.warn("keyboard: no I/O APIC route for IRQ 1; no keyboard"); return }
        present = true
        Log.info("keyboard: PS/2 on IRQ " + String(irq) + ", vector " + String(vector)
                 + (config & configTranslate != 0 ? "" : " (translation switched on)"))
    }

    /// IRQ 1: decodes every byte the controller holds and hands the result to the TTY.
    static func interrupt() {
        var got = false
        var budget = flushLimit
        while budget > 0, cpu_inb(commandPort) & outputFull != 0 {
            budget -= 1
            let isAux = cpu_inb(commandPort) & auxData != 0
            let byte = cpu_inb(dataPort)
            if isAux { continue }
            decoder.feed(byte) { SerialInput.push($0); got = true }
        }
        if got { SerialInput.wakeReader() }
    }

    private static func waitUntilWritable() -> Bool {
        for _ in 0..<spinLimit where cpu_inb(commandPort) & inputFull == 0 { return true }
        return false
    }

    private static func command(_ byte: UInt8) -> Bool {
        guard waitUntilWritable() else { return false }
        cpu_outb(commandPort, byte)
        return true
    }

    private static func writeData(_ byte: UInt8) -> Bool {
        guard waitUntilWritable() else { return false }
        cpu_outb(dataPort, byte)
        return true
    }

    private static func readData() -> UInt8? {
        for _ in 0..<spinLimit where cpu_inb(commandPort) & outputFull != 0 { return cpu_inb(dataPort) }
        return nil
    }

    private static func flush() {
        for _ in 0..<flushLimit where cpu_inb(commandPort) & outputFull != 0 { _ = cpu_inb(dataPort) }
    }
}

// 16550 UART on COM1: the kernel's first and always-available console (Boot/Log.swift
// writes through it) and the console TTY's input (FS/SerialInput.swift takes the received
// bytes from the IRQ 4 handler). Port offsets and bits per the PC16550D data sheet.
import KernelSupport

enum Serial {
    static let com1: UInt16 = 0x3F8
    private static let data: UInt16 = 0, interruptEnable: UInt16 = 1, fifoControl: UInt16 = 2
    private static let lineControl: UInt16 = 3, modemControl: UInt16 = 4, lineStatus: UInt16 = 5
    private static let scratch: UInt16 = 7
    private static let divisorLatch: UInt8 = 0x80, eightN1: UInt8 = 0x03
    private static let transmitEmpty: UInt8 = 0x20, dataReady: UInt8 = 0x01
    /// IER bit 0: interrupt when received data is available.
    private static let receiveInterrupt: UInt8 = 0x01
    /// MCR: DTR, RTS, and OUT2, which gates the UART's interrupt line on PC hardware.
    private static let modemDTRRTSOut2: UInt8 = 0x0B
    /// The ISA IRQ of COM1.
    static let irq: UInt8 = 4
    /// 115200 / 1 = 115200 baud.
    private static let divisor: UInt16 = 1

    /// Set once `initialise` found a UART: real PCs often have none.
    nonisolated(unsafe) static var present = false

    static func initialise() {
        // A missing UART reads back 0xFF; the scratch register round-trips on a real one.
        cpu_outb(com1 + scratch, 0x5A)
        guard cpu_inb(com1 + scratch) == 0x5A else { present = false; return }
        cpu_outb(com1 + interruptEnable, 0)
        cpu_outb(com1 + lineControl, divisorLatch)
        cpu_outb(com1 + data, UInt8(divisor & 0xFF))
        cpu_outb(com1 + interruptEnable, UInt8(divisor >> 8))
        cpu_outb(com1 + lineControl, eightN1)
        cpu_outb(com1 + fifoControl, 0xC7)   // enable + clear FIFOs, 14-byte threshold
        cpu_outb(com1 + modemControl, 0x03)  // DTR + RTS
        present = true
    }

    /// Turns on the received-data interrupt (IER bit 0, MCR OUT2).
    static func enableReceiveInterrupt() {
        guard present else { return }
        cpu_outb(com1 + modemControl, modemDTRRTSOut2)
        cpu_outb(com1 + interruptEnable, receiveInterrupt)
    }

    /// The next received byte, or nil when the receive FIFO is empty (LSR bit 0).
    static func receive() -> UInt8? {
        guard present, cpu_inb(com1 + lineStatus) & dataReady != 0 else { return nil }
        return cpu_inb(com1 + data)
    }

    static func write(_ byte: UInt8) {
        guard present else { return }
        // Bounded wait: a wedged UART must not hang a panic path.
        var spins = 0
        while cpu_inb(com1 + lineStatus) & transmitEmpty == 0 && spins < 100_000 {
            cpu_pause(); spins += 1
        }
        cpu_outb(com1 + data, byte)
    }
}

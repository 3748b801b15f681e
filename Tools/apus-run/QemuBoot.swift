// Starting QEMU on a prepared BootDisk, as every kind of run does: fresh firmware
// variables, the monitor FIFOs when wanted, the command line (echoed so a failed run can
// be repeated by hand), then the process itself.
import RunnerKit

struct QemuBoot {
    let qemu: ChildProcess
    let monitor: MonitorPipe?
    /// monotonicSeconds() when QEMU was started.
    let started: Double

    static func start(_ options: BootOptions, on disk: BootDisk, monitor wanted: Bool,
                      serialInput: Bool) throws(RunnerError) -> QemuBoot {
        let vars = try disk.freshVariables(from: options.ovmfVars)
        let monitor = try MonitorPipe.create(in: disk.directory, wanted: wanted)
        let arguments = QemuArguments.make(options, vars: vars, image: disk.image, monitorPipe: monitor?.path)
        LineWriter.standardOutput.line("apus-run: " + ([options.qemu] + arguments).joined(separator: " "))
        let started = monotonicSeconds()
        do throws(RunnerError) {
            let qemu = try ChildProcess.spawn(options.qemu, arguments: arguments, input: serialInput)
            return QemuBoot(qemu: qemu, monitor: monitor, started: started)
        } catch {
            monitor?.close()
            throw error
        }
    }

    func close() {
        monitor?.close()
    }
}

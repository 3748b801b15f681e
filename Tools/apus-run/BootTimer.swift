// `apus-run --boot-time N` (make bench): N boots, each timed from launching QEMU to the
// first serial line containing the marker, then QEMU is stopped. The serial output is
// not shown (only the times), but goes to --log if given.
import RunnerKit

/// Times `boots` boots; returns the exit status (1 if a boot never showed the marker).
func timeBoots(_ options: BootOptions, boots: Int, marker: String) -> Int32 {
    let out = LineWriter.standardOutput
    let disk: BootDisk
    do throws(RunnerError) {
        disk = try BootDisk(options)
    } catch {
        return setupFailure(error.message)
    }
    defer { disk.remove() }
    var times: [Double] = []
    do throws(RunnerError) {
        let log = try options.log.map { path throws(RunnerError) in try LineWriter.create(path: path) }
        defer { log?.close() }
        for boot in 1...boots {
            let vars = try disk.freshVariables(from: options.ovmfVars)
            let arguments = QemuArguments.make(options, vars: vars, image: disk.image)
            log?.line("# apus-run: boot \(boot) of \(boots)")
            let started = monotonicSeconds()
            var seen: Double?
            let qemu = try ChildProcess.spawn(options.qemu, arguments: arguments)
            let outcome = watch(qemu, started: started, timeout: options.timeout, silence: options.silence) { line in
                log?.line(line)
                guard line.containsBytes(of: marker) else { return .keepGoing }
                seen = monotonicSeconds() - started
                return .stop
            }
            guard let seconds = seen else {
                let why: String
                if case .ended(let end) = outcome {
                    why = Verdict.endReasons(end).first?.message ?? "QEMU exited with status 33"
                } else {
                    why = "stopped"
                }
                out.line("apus-run: FAIL: boot \(boot): no line containing '\(marker)' (\(why))")
                return 1
            }
            times.append(seconds)
            out.line("boot \(boot): \(BootTimes.format(seconds)) s")
        }
    } catch {
        return setupFailure(error.message)
    }
    out.line(BootTimes(times).report() ?? "no boots")
    return 0
}

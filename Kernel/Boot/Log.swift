// Levelled kernel log lines: "[    1.234567] info  memory: 248.0 MiB usable". The
// threshold comes from the command line (`loglevel=`, `quiet`); errors always print.
import KernelCore

enum Log {
    nonisolated(unsafe) static var threshold: LogLevel = .info

    static func error(_ text: String) { line(.error, text) }
    static func warn(_ text: String) { line(.warn, text) }
    static func info(_ text: String) { line(.info, text) }
    static func debug(_ text: String) { line(.debug, text) }

    static func line(_ level: LogLevel, _ text: String) {
        guard level <= threshold || level == .error else { return }
        let stamp = Clock.isCalibrated ? Clock.nanosecondsSinceBoot() : 0
        let seconds = Format.decimal(stamp / 1000, over: 1_000_000, fractionDigits: 6)
        let column = String(repeating: " ", count: max(0, 12 - seconds.utf8.count))
        Console.write("[" + column + seconds + "] " + label(level) + text + "\n", level: level)
    }

    private static func label(_ level: LogLevel) -> String {
        switch level {
        case .error: return "error "
        case .warn: return "warn  "
        case .info: return "info  "
        case .debug: return "debug "
        }
    }
}

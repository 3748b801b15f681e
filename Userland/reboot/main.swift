// reboot(8): asks init to restart the machine (SIGINT: Apus's init keeps SIGTERM for power
// off, see docs/decisions.md), or with -f calls reboot(2) itself. -n skips sync(2) first.
import Runtime
import UtilKit

@main struct RebootTool: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        halt(arguments, signal: Signal.SIGINT.rawValue, command: Reboot.LINUX_REBOOT_CMD_RESTART)
    }
}

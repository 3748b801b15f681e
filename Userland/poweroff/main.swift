// poweroff(8): asks init to power the machine off (SIGUSR2, as BusyBox), or with -f calls
// reboot(2) itself. -n skips sync(2) first.
import Runtime
import UtilKit

@main struct Poweroff: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        halt(arguments, signal: Signal.SIGUSR2.rawValue, command: Reboot.LINUX_REBOOT_CMD_POWER_OFF)
    }
}

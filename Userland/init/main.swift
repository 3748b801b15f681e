// Placeholder PID 1: says hello, shows what the kernel passed it, and exits.
// FIXME(init): the real init (mounts, /etc/inittab-like start of sh or the test runner)
// replaces this.
import Runtime

@main struct Init: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        print("apus init: hello from user space (pid " + String(getpid().rawValue) + ")")
        for (index, argument) in arguments.enumerated() {
            print("apus init: argv[" + String(index) + "] = " + argument)
        }
        for entry in environment {
            print("apus init: env " + entry)
        }
        return 0
    }
}

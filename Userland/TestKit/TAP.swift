// TAP output for the Swift test programs (Userland/Tests/*): numbered `ok`/`not ok` lines,
// then `N passed, M failed`; the exit status says whether anything failed. The C cases
// use the same format (Tests/integration/c/include/tap.h).
import LinuxABI
import Runtime

/// One test program's run: counts checks and prints each as a TAP line.
public final class TestRun {
    /// Checks so far.
    public private(set) var count = 0
    /// Checks that failed.
    public private(set) var failures = 0

    public init() {}

    /// Records `condition` as test `description`.
    public func check(_ condition: Bool, _ description: String) {
        count += 1
        if !condition { failures += 1 }
        print((condition ? "ok " : "not ok ") + String(count) + " - " + description)
    }

    /// Records that `body` threw `expected`.
    public func checkErrno<T>(_ expected: Errno, _ description: String, _ body: () throws(Errno) -> T) {
        do {
            _ = try body()
            check(false, description + " (succeeded, expected " + errnoName(expected) + ")")
        } catch {
            if error == expected {
                check(true, description)
            } else {
                check(false, description + " (got " + errnoName(error) + ", expected " + errnoName(expected) + ")")
            }
        }
    }

    /// Records that `body` did not throw; returns its value.
    @discardableResult
    public func checkNoThrow<T>(_ description: String, _ body: () throws(Errno) -> T) -> T? {
        do {
            let value = try body()
            check(true, description)
            return value
        } catch {
            check(false, description + " (" + errnoName(error) + ")")
            return nil
        }
    }

    /// Prints a TAP comment line.
    public func note(_ text: String) { print("# " + text) }

    /// Prints the summary and returns the exit status (1 if anything failed).
    public func finish() -> Int32 {
        print(String(count - failures) + " passed, " + String(failures) + " failed")
        return failures == 0 && count > 0 ? 0 : 1
    }
}

/// "ENOENT" for `.ENOENT`.
public func errnoName(_ error: Errno) -> String {
    error.name.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
}

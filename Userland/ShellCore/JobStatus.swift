// The lines the shell prints about jobs (`jobs`, a finished background job before the
// prompt, ^Z), in POSIX's format "[%d] %c %s %s" as dash lays it out (showjob): the job
// number, `+` for the current job, `-` for the previous one, the state padded so the
// command starts in column 33, then the command.

/// A job's state as `jobs` names it.
public enum JobState: Equatable, Sendable {
    case running
    case stopped
    /// Ended with `status` (dash: "Done", or "Done(N)" for a non-zero status).
    case done(status: Int32)
    /// Killed by a signal: dash prints strsignal's words ("Terminated", "Killed").
    case killed(description: String)

    public var text: String {
        switch self {
        case .running: return "Running"
        case .stopped: return "Stopped"
        case .done(let status): return status == 0 ? "Done" : "Done(" + String(status) + ")"
        case .killed(let description): return description
        }
    }
}

/// Which of the listed jobs `%+` and `%-` mean.
public enum JobMarker: Equatable, Sendable {
    case current, previous, other

    var character: String {
        switch self {
        case .current: return "+"
        case .previous: return "-"
        case .other: return " "
        }
    }

    /// The marker of the job at `index` among `count` jobs listed oldest first: the newest
    /// is current, the one before it previous.
    public init(index: Int, count: Int) {
        self = index == count - 1 ? .current : index == count - 2 ? .previous : .other
    }
}

public enum JobStatusLine {
    /// The column the command starts in (dash pads the state to it, with at least one space).
    public static let commandColumn = 33

    /// "[1] + Done                       sleep 1"; with `pid` (`jobs -l`), "[1] + 1234 Done …".
    public static func format(number: Int, marker: JobMarker, state: JobState, command: String,
                              pid: Int32? = nil) -> String {
        var line = "[" + String(number) + "] " + marker.character + " "
        if let pid { line += String(pid) + " " }
        line += state.text
        var width = line.utf8.count
        repeat {
            line += " "
            width += 1
        } while width < commandColumn
        return line + command
    }
}

// Job status lines as dash prints them (checked against dash -i on a pseudo-terminal).
import Testing
@testable import ShellCore

@Test(arguments: [
    (1, JobMarker.current, JobState.done(status: 0), "sleep 1", "[1] + Done                       sleep 1"),
    (1, .previous, .done(status: 3), #"sh -c "exit 3""#, #"[1] - Done(3)                    sh -c "exit 3""#),
    (3, .current, .running, "sleep 32", "[3] + Running                    sleep 32"),
    (2, .other, .killed(description: "Terminated"), "sleep 30", "[2]   Terminated                 sleep 30"),
    (1, .current, .stopped, "sleep 3", "[1] + Stopped                    sleep 3"),
    (12, .current, .running, "x", "[12] + Running                   x"),
    (1, .current, .killed(description: "A description longer than the column"), "c",
     "[1] + A description longer than the column c"),
] as [(Int, JobMarker, JobState, String, String)])
func jobStatusLine(number: Int, marker: JobMarker, state: JobState, command: String, expected: String) {
    #expect(JobStatusLine.format(number: number, marker: marker, state: state, command: command) == expected)
}

@Test func withThePidAsJobsDashLShowsIt() {
    #expect(JobStatusLine.format(number: 2, marker: .current, state: .running, command: "sleep 8", pid: 26753)
            == "[2] + 26753 Running              sleep 8")
}

@Test func markersFollowTheNewestJobs() {
    #expect((0..<3).map { JobMarker(index: $0, count: 3) } == [.other, .previous, .current])
    #expect(JobMarker(index: 0, count: 1) == .current)
}

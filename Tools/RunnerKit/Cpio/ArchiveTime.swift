// The mtime each initrd member carries: the file's own modification time, or, for a
// reproducible image, that time clamped to SOURCE_DATE_EPOCH
// (reproducible-builds.org/specs/source-date-epoch; GNU tar's --clamp-mtime). mkcpio reads
// the files; this decides, so the rule is host-tested.

/// The archive's timestamps.
public enum ArchiveTime {
    /// SOURCE_DATE_EPOCH's value: nil when unset or empty; otherwise it must be what
    /// `date +%s` prints (decimal digits, no sign, no fraction), or mkcpio refuses to run,
    /// as the specification asks of a malformed value.
    public static func sourceDateEpoch(_ value: String?) throws(CpioError) -> Int64? {
        guard let value, !value.isEmpty else { return nil }
        guard value.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let seconds = Int64(value) else {
            throw CpioError(message: "SOURCE_DATE_EPOCH '\(value)' is not a number of seconds (date +%s)")
        }
        return seconds
    }

    /// The `c_mtime` of a member whose file was last modified `seconds` after the epoch:
    /// at most `clamp` when SOURCE_DATE_EPOCH is set (files made by the build are newer
    /// than the sources' date and get exactly it; older files keep their own), and within
    /// the 32 bits of the field (before 1970 → 0, after 2106 → the largest).
    public static func memberTime(fileSeconds seconds: Int64, clamp: Int64?) -> UInt32 {
        var time = seconds
        if let clamp, time > clamp { time = clamp }
        return UInt32(clamping: time)
    }
}

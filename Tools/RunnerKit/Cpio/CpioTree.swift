// The union of several directory trees as one archive listing: later trees override
// earlier ones path by path (how `make image ROOTFS_EXTRA=dir` merges a user's directory
// into the initrd), in a fixed order with every directory before its contents.

/// Merges and orders archive entries.
public enum CpioTree {
    /// The union of `layers` (each the entries of one directory tree), later layers
    /// winning for the same path, sorted with `precedes`. When a non-directory replaces a
    /// directory, everything under that directory goes too: it could not exist beneath a
    /// file.
    public static func merge(_ layers: [[CpioEntry]]) -> [CpioEntry] {
        var byPath: [String: CpioEntry] = [:]
        for layer in layers {
            // Parents first within a layer, so a directory replacing a file is in place
            // before its children arrive.
            for entry in layer.sorted(by: { precedes($0.path, $1.path) }) {
                if let old = byPath[entry.path], old.isDirectory, !entry.isDirectory {
                    let prefix = entry.path + "/"
                    byPath = byPath.filter { !$0.key.hasPrefix(prefix) }
                }
                byPath[entry.path] = entry
            }
        }
        return byPath.values.sorted { precedes($0.path, $1.path) }
    }

    /// Orders paths component by component, comparing bytes: a directory comes right
    /// before its contents (`a`, `a/b`, `a-b`), and the order does not depend on the
    /// locale or on the order the file system lists names in.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let left = a.split(separator: "/").map { Array($0.utf8) }
        let right = b.split(separator: "/").map { Array($0.utf8) }
        for (x, y) in zip(left, right) where x != y {
            return x.lexicographicallyPrecedes(y)
        }
        return left.count < right.count
    }
}

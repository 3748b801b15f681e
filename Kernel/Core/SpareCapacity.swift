// Kernel tables that grow under a burst (the process table, the run list, a directory in
// /tmp) keep the burst's storage when Swift arrays shrink: memory that sysinfo's freeram
// would never see again. These helpers give it back once the table is mostly empty, with
// hysteresis (shrink at a quarter full, to half full) so a table hovering around one size
// does not reallocate on every change, and never below the capacity reserved at boot, so
// the steady state is the boot state.

extension Array {
    /// After removals: when at most a quarter of the storage is in use, moves the elements
    /// to storage for twice their count (at least `minimumCapacity`; none when empty and no
    /// minimum is asked for).
    public mutating func releaseSpareCapacity(minimumCapacity: Int = 0) {
        guard count * 4 <= capacity else { return }
        let target = Swift.max(minimumCapacity, count * 2)
        guard target < capacity else { return }
        if target == 0 {
            self = []
            return
        }
        var smaller: [Element] = []
        smaller.reserveCapacity(target)
        smaller.append(contentsOf: self)
        self = smaller
    }

    /// Removes the elements matching `shouldRemove`, then releases spare capacity.
    public mutating func removeAllReleasing(minimumCapacity: Int = 0, where shouldRemove: (Element) -> Bool) {
        removeAll(where: shouldRemove)
        releaseSpareCapacity(minimumCapacity: minimumCapacity)
    }

    /// Removes the element at `index`, then releases spare capacity.
    @discardableResult
    public mutating func removeReleasing(at index: Int, minimumCapacity: Int = 0) -> Element {
        let element = remove(at: index)
        releaseSpareCapacity(minimumCapacity: minimumCapacity)
        return element
    }
}

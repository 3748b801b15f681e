// Path resolution: a walk over the components of a path, following symlinks through a
// stack of link bodies, with Linux's rules (fs/namei.c link_path_walk, walk_component,
// lookup_last, path_parentat): search permission on every directory walked through,
// "." and "..", repeated and trailing slashes, at most 40 symlinks, NAME_MAX per component
// and PATH_MAX for the whole path. No mount points and no chroot: ".." stops at the root.
import LinuxABI

/// What happens to the last component of a path.
public enum RamFinalComponent: Sendable {
    /// Look it up and follow it if it is a symlink (Linux `LOOKUP_FOLLOW`: stat, open).
    case follow
    /// Look it up without following a symlink, except before a trailing slash
    /// (Linux lookup without `LOOKUP_FOLLOW`: lstat, readlink, O_NOFOLLOW).
    case noFollow
    /// Do not look it up: only the directory it is in and the name (Linux
    /// path_parentat: mkdir, unlink, rmdir, rename, symlink, link's new name).
    case parentOnly
}

/// Where a path leads: the directory holding the final name, the name, and the inode it
/// names (nil when the name does not exist, and always for `.parentOnly`).
/// Linux: `struct nameidata`'s path, last and last_type after a walk.
public struct RamPathResolution {
    /// The directory the final component was looked up in (the root for "/").
    public let parent: RamInode
    /// The final component as written ("." and ".." included; empty for "/").
    public let name: [UInt8]
    /// The kind of the final component.
    public let last: RamLastComponent
    /// True when the final component was followed by "/" (it must name a directory).
    public let trailingSlash: Bool
    /// The inode found; nil when `name` does not exist in `parent`, or not looked up.
    public let inode: RamInode?
}

extension RamFS {
    /// The inode `path` names, starting at `cwd` for a relative path. Errors: `ENOENT`
    /// (empty path, a missing component), `ENAMETOOLONG` (path ≥ 4096 bytes or a component
    /// > 255), `ENOTDIR` (a non-directory before "/"), `ELOOP` (more than 40 symlinks),
    /// `EACCES` (no search permission on a directory walked through).
    /// Linux: filename_lookup / path_lookupat.
    public func lookup(_ path: [UInt8], from cwd: RamInode, followFinalSymlink: Bool = true,
                       credentials: FSCredentials) throws(Errno) -> RamInode {
        let resolution = try resolve(path, from: cwd, final: followFinalSymlink ? .follow : .noFollow,
                                     credentials: credentials)
        guard let inode = resolution.inode else { throw .ENOENT }
        if resolution.trailingSlash && !inode.isDirectory { throw .ENOTDIR }
        return inode
    }

    /// Walks `path` from `cwd` (or the root, for an absolute path) up to its final
    /// component, which `final` decides what to do with; a missing final name is not an
    /// error here (open with O_CREAT, mkdir… decide). Errors as `lookup`, but never for
    /// the final name's absence or a trailing slash after a non-directory.
    public func resolve(_ path: [UInt8], from cwd: RamInode, final: RamFinalComponent,
                        credentials: FSCredentials) throws(Errno) -> RamPathResolution {
        guard !path.isEmpty else { throw .ENOENT }
        guard path.count < RamFSLimits.pathMax else { throw .ENAMETOOLONG }
        var walk = PathWalk(path, start: path[0] == PathWalk.slash ? root : cwd)
        guard walk.current.isDirectory else { throw .ENOTDIR }
        while true {
            guard let component = walk.nextComponent() else {
                // Nothing but slashes left: the path (or a final symlink) was "/".
                return RamPathResolution(parent: walk.current, name: [], last: .root, trailingSlash: false,
                                         inode: walk.current)
            }
            try Self.requireAccess(walk.current, .execute, credentials)
            let name = component.name
            let trailingSlash = component.trailingSlash
            switch RamLastComponent.of(name) {
            case .dot:
                if component.isFinal {
                    return RamPathResolution(parent: walk.current, name: Array(name), last: .dot,
                                             trailingSlash: trailingSlash,
                                             inode: final == .parentOnly ? nil : walk.current)
                }
            case .dotDot:
                let up = walk.current === root ? root : walk.current.directory?.parent ?? walk.current
                if component.isFinal {
                    return RamPathResolution(parent: walk.current, name: Array(name), last: .dotDot,
                                             trailingSlash: trailingSlash, inode: final == .parentOnly ? nil : up)
                }
                walk.current = up
            case .normal, .root:
                if component.isFinal && final == .parentOnly {
                    return RamPathResolution(parent: walk.current, name: Array(name), last: .normal,
                                             trailingSlash: trailingSlash, inode: nil)
                }
                guard name.count <= RamFSLimits.nameMax else { throw .ENAMETOOLONG }
                if walk.current.providerTag != 0 { refreshDirectory?(self, walk.current) }
                guard !walk.current.isDeadDirectory, let entries = walk.current.directory else { throw .ENOENT }
                let child = entries.child(named: name)
                if component.isFinal {
                    if let child, child.isSymlink, final == .follow || trailingSlash {
                        try walk.follow(child, root: root, from: component)
                        continue
                    }
                    return RamPathResolution(parent: walk.current, name: Array(name), last: .normal,
                                             trailingSlash: trailingSlash, inode: child)
                }
                guard let child else { throw .ENOENT }
                if child.isSymlink {
                    try walk.follow(child, root: root, from: component)
                } else {
                    guard child.isDirectory else { throw .ENOTDIR }
                    walk.current = child
                }
            }
        }
    }
}

/// The state of one path walk: the directory reached and the text still to walk, as a
/// stack of the path and the bodies of the symlinks being followed. Linux: nameidata's
/// path and its stack of saved names.
struct PathWalk {
    /// A path or symlink body and how far it was read.
    struct Frame {
        let bytes: [UInt8]
        var position: Int
    }

    /// One component and what follows it.
    struct Component {
        let name: ArraySlice<UInt8>
        /// Nothing but slashes follows, in this text and in every text below it.
        let isFinal: Bool
        /// A slash follows it (or followed the symlink this body replaces, if final).
        let trailingSlash: Bool
    }

    static var slash: UInt8 { UInt8(ascii: "/") }

    /// The directory the walk is in.
    var current: RamInode
    private var frames: [Frame]
    /// Symlinks followed so far. Linux: `nd->total_link_count`.
    private(set) var linksFollowed = 0
    /// A final component before a slash became a symlink being followed: its body's
    /// final component must be a directory too. Linux: sticky `LOOKUP_DIRECTORY`.
    private var trailingSlashPending = false

    init(_ path: [UInt8], start: RamInode) {
        current = start
        frames = [Frame(bytes: path, position: 0)]
    }

    /// Skips slashes, drops finished texts, and returns the next component, or nil when
    /// every text is finished.
    mutating func nextComponent() -> Component? {
        skipSlashesAndFinishedFrames()
        guard var frame = frames.popLast() else { return nil }
        let start = frame.position
        var end = start
        while end < frame.bytes.count && frame.bytes[end] != Self.slash { end += 1 }
        var next = end
        while next < frame.bytes.count && frame.bytes[next] == Self.slash { next += 1 }
        frame.position = next
        frames.append(frame)
        let name = frame.bytes[start..<end]
        skipSlashesAndFinishedFrames()
        let isFinal = frames.isEmpty
        let slashFollows = next > end
        return Component(name: name, isFinal: isFinal,
                         trailingSlash: isFinal && (slashFollows || trailingSlashPending))
    }

    /// Continues the walk in the body of `link`, which `component` named: from the root
    /// for an absolute target, else from the directory holding the link. When the link
    /// was the final component, its body's final component is final in its place and
    /// inherits the trailing slash. `ELOOP` past 40 links. Linux: pick_link.
    mutating func follow(_ link: RamInode, root: RamInode, from component: Component) throws(Errno) {
        linksFollowed += 1
        guard linksFollowed <= RamFSLimits.maxSymlinks else { throw .ELOOP }
        guard let target = link.symlinkTarget, !target.isEmpty else { throw .ENOENT }
        if component.isFinal { trailingSlashPending = component.trailingSlash }
        if target[0] == Self.slash { current = root }
        frames.append(Frame(bytes: target, position: 0))
    }

    private mutating func skipSlashesAndFinishedFrames() {
        while var frame = frames.popLast() {
            while frame.position < frame.bytes.count && frame.bytes[frame.position] == Self.slash { frame.position += 1 }
            if frame.position < frame.bytes.count {
                frames.append(frame)
                return
            }
        }
    }
}

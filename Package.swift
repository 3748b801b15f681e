// swift-tools-version: 6.2
// Host build of Apus: the pure modules shared with the kernel, the host tools, and the
// unit tests. The kernel and the loader are built by the Makefile, not by SwiftPM.
import PackageDescription

/// Shared modules must also compile as Embedded Swift inside the kernel: make the
/// host build reject what Embedded would.
let embeddable: [SwiftSetting] = [
    .treatWarning("EmbeddedRestrictions", as: .error),
]

let package = Package(
    name: "Apus",
    products: [
        .executable(name: "apus-run", targets: ["apus-run"]),
        .executable(name: "mkcpio", targets: ["mkcpio"]),
        .executable(name: "mksyms", targets: ["mksyms"]),
        .executable(name: "apus-screen", targets: ["apus-screen"]),
    ],
    targets: [
        .target(name: "LinuxABI", path: "Kernel/ABI", swiftSettings: embeddable),
        .target(name: "KernelCore", dependencies: ["LinuxABI"], path: "Kernel/Core",
                swiftSettings: embeddable),
        .target(name: "RunnerKit", path: "Tools/RunnerKit"),
        .target(name: "ShellCore", path: "Userland/ShellCore", swiftSettings: embeddable),
        .executableTarget(name: "apus-run", dependencies: ["RunnerKit"], path: "Tools/apus-run"),
        .executableTarget(name: "mkcpio", dependencies: ["RunnerKit"], path: "Tools/mkcpio"),
        .executableTarget(name: "mksyms", dependencies: ["KernelCore"], path: "Tools/mksyms"),
        .target(name: "ScreenKit", dependencies: ["KernelCore"], path: "Tools/ScreenKit"),
        .executableTarget(name: "apus-screen", dependencies: ["ScreenKit", "KernelCore"], path: "Tools/apus-screen"),
        .testTarget(name: "KernelCoreTests", dependencies: ["KernelCore"],
                    path: "Tests/KernelCoreTests"),
        .target(name: "UtilFormat", path: "Userland/UtilFormat", swiftSettings: embeddable),
        .testTarget(name: "UtilFormatTests", dependencies: ["UtilFormat"], path: "Tests/UtilFormatTests"),
        .testTarget(name: "ShellCoreTests", dependencies: ["ShellCore"], path: "Tests/ShellCoreTests"),
        .testTarget(name: "RunnerKitTests", dependencies: ["RunnerKit"],
                    path: "Tests/RunnerKitTests"),
        .testTarget(name: "ScreenKitTests", dependencies: ["ScreenKit", "KernelCore"],
                    path: "Tests/ScreenKitTests"),
    ]
)

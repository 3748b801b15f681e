// apus-screen FILE.ppm: prints the text on a screenshot of Apus's framebuffer console
// (QEMU `screendump`), one line per text row, decoded with the console's own font
// (Tools/ScreenKit). `apus-screen --png OUT.png FILE.ppm` writes the screenshot as a PNG
// instead. Exit status 0, or 2 when the file cannot be read.
import Foundation
import KernelCore
import ScreenKit

var arguments = Array(CommandLine.arguments.dropFirst())
var pngOutput: String? = nil
if arguments.count == 3, arguments[0] == "--png" {
    pngOutput = arguments[1]
    arguments = [arguments[2]]
}
guard arguments.count == 1, let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: apus-screen [--png OUT.png] FILE.ppm\n".utf8))
    exit(2)
}
do {
    guard let data = FileManager.default.contents(atPath: path) else { throw PortablePixmap.FormatError.unreadable(path) }
    let image = try PortablePixmap(ppm: [UInt8](data))
    if let pngOutput {
        guard FileManager.default.createFile(atPath: pngOutput, contents: Data(PNGEncoder.encode(image))) else {
            throw PortablePixmap.FormatError.unreadable(pngOutput)
        }
        exit(0)
    }
    let decoder = ScreenDecoder(font: try BitmapFont.standard())
    for line in decoder.lines(of: image) { print(line) }
} catch {
    FileHandle.standardError.write(Data("apus-screen: \(path): \(error)\n".utf8))
    exit(2)
}

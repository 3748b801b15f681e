// From a colour to the 32-bit pixel a GOP framebuffer stores (UEFI 2.10 §12.9,
// EFI_GRAPHICS_PIXEL_FORMAT): RGB and BGR with 8 bits per colour, or a bit mask per
// colour. And the console's 16 colours (Linux's default VGA palette, vt.c default_red &c).

/// Turns 0xRRGGBB into the framebuffer's pixel value.
public struct PixelEncoding: Equatable, Sendable {
    /// Where each colour's bits are: shift of its lowest bit and its width in bits.
    struct Field: Equatable, Sendable {
        var shift: UInt32
        var width: UInt32

        init(mask: UInt32) {
            shift = mask == 0 ? 0 : UInt32(mask.trailingZeroBitCount)
            // The run of ones from the lowest set bit (a mask is one contiguous run).
            width = mask == 0 ? 0 : UInt32((~(mask >> shift)).trailingZeroBitCount)
        }

        /// An 8-bit component scaled into the field.
        func place(_ component: UInt32) -> UInt32 {
            guard width > 0 else { return 0 }
            let scaled = width >= 8 ? component << (width - 8) : component >> (8 - width)
            let ones: UInt32 = width >= 32 ? .max : (1 << width) - 1
            return (scaled & ones) << shift
        }
    }

    let red: Field, green: Field, blue: Field

    /// PixelRedGreenBlueReserved8BitPerColor: byte 0 is red.
    public static let rgbx = PixelEncoding(red: 0x0000_00FF, green: 0x0000_FF00, blue: 0x00FF_0000)
    /// PixelBlueGreenRedReserved8BitPerColor: byte 0 is blue.
    public static let bgrx = PixelEncoding(red: 0x00FF_0000, green: 0x0000_FF00, blue: 0x0000_00FF)

    /// PixelBitMask: one contiguous mask per colour.
    public init(red: UInt32, green: UInt32, blue: UInt32) {
        self.red = Field(mask: red)
        self.green = Field(mask: green)
        self.blue = Field(mask: blue)
    }

    /// The encoding for BootInfo's `format` (APUS_FB_RGBX 1, BGRX 2, BITMASK 3), or nil
    /// for none or a mask that cannot carry colour.
    public init?(format: UInt32, red: UInt32, green: UInt32, blue: UInt32) {
        switch format {
        case 1: self = .rgbx
        case 2: self = .bgrx
        case 3:
            guard red != 0, green != 0, blue != 0 else { return nil }
            self.init(red: red, green: green, blue: blue)
        default: return nil
        }
    }

    /// The pixel for `rgb` (0xRRGGBB).
    public func encode(_ rgb: UInt32) -> UInt32 {
        red.place((rgb >> 16) & 0xFF) | green.place((rgb >> 8) & 0xFF) | blue.place(rgb & 0xFF)
    }
}

/// The console's 16 colours as 0xRRGGBB: 0–7 normal, 8–15 bright, in ANSI order
/// (black, red, green, brown/yellow, blue, magenta, cyan, white).
public enum ConsolePalette {
    public static let colours: [UInt32] = [
        0x000000, 0xAA0000, 0x00AA00, 0xAA5500, 0x0000AA, 0xAA00AA, 0x00AAAA, 0xAAAAAA,
        0x555555, 0xFF5555, 0x55FF55, 0xFFFF55, 0x5555FF, 0xFF55FF, 0x55FFFF, 0xFFFFFF,
    ]

    public static func rgb(_ index: UInt8) -> UInt32 { colours[Int(index & 15)] }
}

// The libm function Swift's standard library calls: Dictionary and Set size their hash
// tables with ceil(). Built -ffreestanding -fno-builtin like memory.c.

double ceil(double x) {
    // NaN, infinities and values ≥ 2^52 in magnitude are already integers.
    if (!(x == x) || x >= 0x1p52 || x <= -0x1p52) return x;
    double truncated = (double)(long long)x;
    if (truncated < x) return truncated + 1.0;
    if (truncated == 0.0 && x < 0.0) return -0.0;
    return truncated;
}

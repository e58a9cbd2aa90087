/// Decodes one UTF-8 scalar at `i`: its value and byte length, or `nil` for an invalid,
/// overlong, surrogate or truncated sequence (the caller then steps over one byte).
@inlinable @inline(__always)
public func decodeScalar(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int)? {
    let n = p.count
    let b0 = p[i]
    if b0 < 0x80 { return (UInt32(b0), 1) }
    if b0 < 0xC2 { return nil }
    if b0 < 0xE0 {
        guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { return nil }
        return (UInt32(b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2)
    }
    if b0 < 0xF0 {
        guard i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 else { return nil }
        if b0 == 0xE0 && p[i + 1] < 0xA0 { return nil }
        if b0 == 0xED && p[i + 1] >= 0xA0 { return nil }
        return (UInt32(b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
    }
    if b0 < 0xF5 {
        guard i + 3 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 else { return nil }
        if b0 == 0xF0 && p[i + 1] < 0x90 { return nil }
        if b0 == 0xF4 && p[i + 1] >= 0x90 { return nil }
        return (UInt32(b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
                | UInt32(p[i + 3] & 0x3F), 4)
    }
    return nil
}

/// Unicode spaces the lexer treats like ASCII spaces.
@inlinable @inline(__always)
public func isUnicodeSpace(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
}

/// Scalars that are invisible and join nothing: zero-width spaces and the byte-order mark.
@inlinable @inline(__always)
public func isIgnorableScalar(_ scalar: UInt32) -> Bool {
    scalar == 0xFEFF || (scalar >= 0x200B && scalar <= 0x200D) || scalar == 0x00AD
}

/// The value of a vulgar fraction character (½, ¾, ⅔ …) as (numerator, denominator).
@inlinable @inline(__always)
public func vulgarFraction(_ scalar: UInt32) -> (Int, Int)? {
    switch scalar {
    case 0x00BC: return (1, 4)
    case 0x00BD: return (1, 2)
    case 0x00BE: return (3, 4)
    case 0x2150: return (1, 7)
    case 0x2151: return (1, 9)
    case 0x2152: return (1, 10)
    case 0x2153: return (1, 3)
    case 0x2154: return (2, 3)
    case 0x2155: return (1, 5)
    case 0x2156: return (2, 5)
    case 0x2157: return (3, 5)
    case 0x2158: return (4, 5)
    case 0x2159: return (1, 6)
    case 0x215A: return (5, 6)
    case 0x215B: return (1, 8)
    case 0x215C: return (3, 8)
    case 0x215D: return (5, 8)
    case 0x215E: return (7, 8)
    default: return nil
    }
}

@inlinable @inline(__always) public func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }
@inlinable @inline(__always) public func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 97 < 26 }
@inlinable @inline(__always) public func isUpper(_ b: UInt8) -> Bool { b &- 65 < 26 }

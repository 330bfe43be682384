/// Formats numbers the way British statistics are printed: "1,596", "6.7", "+6.7".
public enum NumberText {
  /// Rounds to `decimals` places (integers print without decimals when `decimals` is nil).
  ///
  /// The text is written into a buffer on the stack (`write`) and made a `String` once: built
  /// from the grouped digits, a "." and the fraction's digits and a sign, each a `String`
  /// concatenated to the last, a number cost about 360 instructions and a string made and
  /// freed for each part. Numbers `write` does not take go the general way, `formatGenerally`.
  public static func format(_ value: Double, decimals: Int? = nil, signed: Bool = false) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxLength) { buffer in
      guard let n = write(value, decimals: decimals, signed: signed, to: buffer.baseAddress!) else {
        return formatGenerally(value, decimals: decimals, signed: signed)
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<n]), as: UTF8.self)
    }
  }

  /// The most decimal places `write` takes.
  static var maxPlaces: Int { 6 }
  /// The most bytes `write` writes: a sign ("−" is 3 bytes), 16 digits with 5 commas, a point
  /// and `maxPlaces` digits.
  static var maxLength: Int { 3 + 21 + 1 + maxPlaces }

  /// Writes `format(value, decimals:, signed:)` at `out` (room for `maxLength` bytes) and
  /// returns its length in bytes; returns nil, having written nothing that counts, for a
  /// number that is not finite, 2^53 or more once scaled, or asked with more than `maxPlaces`
  /// places (or fewer than none), which `formatGenerally` alone takes. The arithmetic is
  /// `formatGenerally`'s, step for step, so the digits are the same.
  static func write(_ value: Double, decimals: Int?, signed: Bool, to out: UnsafeMutablePointer<UInt8>) -> Int? {
    let places = decimals ?? (value == value.rounded() ? 0 : 1)
    guard places >= 0, places <= maxPlaces else { return nil }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 9_007_199_254_740_992 else { return nil }
    let whole = Int(scaled / scale)
    let unit = Int(scale)
    let fraction = Int(scaled) - whole * unit
    // Never outside [0, unit) for the values taken; were it, `String(fraction)` would print it
    // otherwise than as `places` digits.
    guard fraction >= 0, fraction < unit else { return nil }
    var at = 0
    let isZero = scaled == 0
    if value < 0 && !isZero {
      // "−", U+2212 MINUS SIGN.
      out[0] = 0xE2
      out[1] = 0x88
      out[2] = 0x92
      at = 3
    } else if signed && !isZero {
      out[0] = UInt8(ascii: "+")
      at = 1
    }
    at += grouped(whole, to: out + at)
    if places > 0 {
      out[at] = UInt8(ascii: ".")
      var rest = fraction
      var i = at + places
      while i > at {
        out[i] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
        rest /= 10
        i -= 1
      }
      at += 1 + places
    }
    return at
  }

  /// The general way, for any number: what `format` returns.
  static func formatGenerally(_ value: Double, decimals: Int? = nil, signed: Bool = false) -> String {
    let places = decimals ?? (value == value.rounded() ? 0 : 1)
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    // Beyond 2^53 a Double holds no exact integer digits to group (and Int would trap).
    guard scaled < 9_007_199_254_740_992 else { return hugeText(value, signed: signed) }
    let whole = Int(scaled / scale)
    let fraction = Int(scaled) - whole * Int(scale)
    var text = grouped(whole)
    if places > 0 {
      let digits = String(fraction)
      text += "." + String(repeating: "0", count: places - digits.count) + digits
    }
    let isZero = scaled == 0
    if value < 0 && !isZero { return "−" + text }
    return signed && !isZero ? "+" + text : text
  }

  /// An absurdly large or infinite value ("1e+23"): never a statistic, but it must print.
  private static func hugeText(_ value: Double, signed: Bool) -> String {
    let text = abs(value).isFinite ? "\(abs(value))" : "infinity"
    if value < 0 { return "−" + text }
    return signed ? "+" + text : text
  }

  /// Digits written from the right straight into the String's storage, commas between
  /// thousands. Through `String(n)`, an array of its bytes and another with the commas, it
  /// cost 1,450 instructions a number. `n` is never negative (`format` passes a magnitude).
  private static func grouped(_ n: Int) -> String {
    String(unsafeUninitializedCapacity: groupedLength(n)) { buffer in
      grouped(n, to: buffer.baseAddress!)
    }
  }

  /// The bytes of `n` grouped: its digits and a comma before each three from the right.
  /// Unchecked arithmetic: `n` is below 2^53 (16 digits), so the powers of ten compared
  /// stay below 10^17.
  private static func groupedLength(_ n: Int) -> Int {
    var digits = 1
    var power = 10
    while digits < 18, n >= power {
      digits &+= 1
      power = power &* 10
    }
    return digits &+ (digits &- 1) / 3
  }

  /// Writes `n` (not negative, below 2^53) grouped at `out` and returns the bytes written:
  /// three digits at a time from the right, a comma before each group but the first, with
  /// unchecked arithmetic (about 140 instructions a number, checked and a digit at a time).
  private static func grouped(_ n: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
    let count = groupedLength(n)
    var rest = UInt(bitPattern: n)
    var at = count
    while rest >= 1000 {
      let (q, r) = rest.quotientAndRemainder(dividingBy: 1000)
      out[at &- 1] = UInt8(truncatingIfNeeded: r % 10) &+ 0x30
      out[at &- 2] = UInt8(truncatingIfNeeded: (r / 10) % 10) &+ 0x30
      out[at &- 3] = UInt8(truncatingIfNeeded: r / 100) &+ 0x30
      out[at &- 4] = UInt8(ascii: ",")
      at &-= 4
      rest = q
    }
    repeat {
      at &-= 1
      out[at] = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30
      rest /= 10
    } while rest > 0
    return count
  }
}

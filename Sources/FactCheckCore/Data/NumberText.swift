/// Formats numbers the way British statistics are printed: "1,596", "6.7", "+6.7".
public enum NumberText {
  /// Rounds to `decimals` places (integers print without decimals when `decimals` is nil).
  public static func format(_ value: Double, decimals: Int? = nil, signed: Bool = false) -> String {
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
  /// thousands: every message's figures pass here. Through `String(n)`, an array of its
  /// bytes and another with the commas, it cost 1,450 instructions a number (10 M for 2,000
  /// articles). `n` is never negative (`format` passes a magnitude).
  private static func grouped(_ n: Int) -> String {
    var digits = 1
    var rest = n
    while rest >= 10 {
      rest /= 10
      digits += 1
    }
    let count = digits + (digits - 1) / 3
    return String(unsafeUninitializedCapacity: count) { buffer in
      var rest = n
      var at = count
      var written = 0
      repeat {
        if written > 0 && written % 3 == 0 {
          at -= 1
          buffer[at] = UInt8(ascii: ",")
        }
        at -= 1
        buffer[at] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
        written += 1
      } while rest > 0
      return count
    }
  }
}

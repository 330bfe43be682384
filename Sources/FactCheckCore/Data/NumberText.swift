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

  /// On the ASCII bytes: every message's figures pass here, and Characters showed in profiles.
  private static func grouped(_ n: Int) -> String {
    let digits = Array(String(n).utf8)
    var out: [UInt8] = []
    out.reserveCapacity(digits.count + digits.count / 3)
    for (i, d) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(UInt8(ascii: ",")) }
      out.append(d)
    }
    return String(decoding: out, as: UTF8.self)
  }
}

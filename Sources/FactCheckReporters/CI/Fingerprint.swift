import FactCheckCore

/// A claim's identity that survives edits elsewhere in the file: line shifts, reflowed
/// paragraphs, other claims added or removed.
///
/// Inputs: the file path (relative, `/`-separated, no leading `./`), the claim text as written
/// with runs of white space collapsed to one space, and the claim's measure, area and period
/// (empty when unknown). Not the line, column or byte offset. Changing the figure, or moving the
/// claim to another file, gives a new fingerprint. Two identical claims in one file share a
/// fingerprint; a baseline counts them.
public enum Fingerprint {
  /// The version prefix of the inputs; bump it when the inputs change.
  public static let version = "v1"

  /// The canonical inputs, joined with U+001F (unit separator).
  public static func inputs(path: String, text: String, measure: String?, area: String?,
                            period: String?) -> String {
    [version, normalizePath(path), normalizeText(text), measure ?? "", area ?? "", period ?? ""]
      .joined(separator: "\u{1F}")
  }

  public static func of(_ claim: Claim, text: String, path: String) -> String {
    hash(inputs(path: path, text: text, measure: claim.measure, area: claim.area,
                period: claim.period))
  }

  /// 64-bit FNV-1a of the UTF-8 bytes, as 16 lowercase hex digits.
  public static func hash(_ s: String) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 {
      h ^= UInt64(b)
      h = h &* 0x0000_0100_0000_01B3
    }
    let hex = String(h, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  public static func normalizeText(_ s: String) -> String {
    s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  public static func normalizePath(_ p: String) -> String {
    var p = p.replacingOccurrences(of: "\\", with: "/")
    while p.hasPrefix("./") { p.removeFirst(2) }
    return p
  }
}

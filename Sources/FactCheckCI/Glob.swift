/// Shell-style path patterns for `ignore:` in `.factcheck.yml`: `*` and `?` match within one
/// path segment, `**` matches any number of segments, `[abc]` is not supported. A pattern
/// without `/` matches the file name in any folder (`*.draft.md`).
public struct Glob: Hashable, Sendable {
  public let pattern: String

  public init(_ pattern: String) { self.pattern = pattern }

  /// Whether `path` (relative, `/`-separated) matches.
  public func matches(_ path: String) -> Bool {
    let segments = path.split(separator: "/").map(String.init)
    var parts = pattern.split(separator: "/").map(String.init)
    if !pattern.contains("/") { parts = ["**"] + parts }
    if pattern.hasSuffix("/") { parts.append("**") }
    return match(parts[...], segments[...])
  }

  private func match(_ p: ArraySlice<String>, _ s: ArraySlice<String>) -> Bool {
    guard let head = p.first else { return s.isEmpty }
    if head == "**" {
      if match(p.dropFirst(), s) { return true }
      return !s.isEmpty && match(p, s.dropFirst())
    }
    guard let seg = s.first, Self.segment(Array(head), Array(seg)) else { return false }
    return match(p.dropFirst(), s.dropFirst())
  }

  static func segment(_ p: [Character], _ s: [Character]) -> Bool {
    var memo: [Int: Bool] = [:]
    func go(_ i: Int, _ j: Int) -> Bool {
      let key = i * (s.count + 1) + j
      if let m = memo[key] { return m }
      let r: Bool
      if i == p.count {
        r = j == s.count
      } else if p[i] == "*" {
        r = go(i + 1, j) || (j < s.count && go(i, j + 1))
      } else {
        r = j < s.count && (p[i] == "?" || p[i] == s[j]) && go(i + 1, j + 1)
      }
      memo[key] = r
      return r
    }
    return go(0, 0)
  }
}

import FactCheckReporters
import Foundation

/// Findings accepted as they are, recorded by fingerprint so `check --baseline` reports only
/// new ones.
///
/// A JSON file, keys sorted, entries sorted by path then fingerprint, so it diffs well in review.
/// Each entry keeps the fingerprint's inputs (path, claim text, measure, area, period) for people
/// to read; only `fingerprint` and `count` are used to match. `count` is how many identical
/// claims the file had; a further identical one is new.
public struct Baseline: Codable, Hashable, Sendable {
  public var version = 1
  public var entries: [Entry]

  public struct Entry: Codable, Hashable, Sendable {
    public var fingerprint: String
    public var path: String
    public var claim: String
    public var measure: String?
    public var area: String?
    public var period: String?
    public var verdict: String
    public var count: Int
  }

  public init(entries: [Entry] = []) { self.entries = entries }

  /// Entries for every error and warning claim finding (supported claims and suppression
  /// problems are not recorded). `path` is the finding's fingerprint path.
  public init(findings: [(path: String, finding: Finding)]) {
    var byKey: [String: Entry] = [:]
    for (path, f) in findings {
      guard let fp = f.fingerprint, let c = f.checked, f.severity >= .warning else { continue }
      if byKey[fp] != nil { byKey[fp]!.count += 1; continue }
      byKey[fp] = Entry(fingerprint: fp, path: Fingerprint.normalizePath(path), claim: f.claimText ?? "",
                        measure: c.claim.measure, area: c.claim.area, period: c.claim.period,
                        verdict: c.verdict.rawValue, count: 1)
    }
    entries = byKey.values.sorted { ($0.path, $0.fingerprint) < ($1.path, $1.fingerprint) }
  }

  /// This baseline with the entries of `paths` replaced by `fresh`'s (an update after checking
  /// those files); entries of other files are kept.
  public func replacing(paths: Set<String>, with fresh: Baseline) -> Baseline {
    let kept = entries.filter { !paths.contains($0.path) }
    return Baseline(entries: (kept + fresh.entries).sorted { ($0.path, $0.fingerprint) < ($1.path, $1.fingerprint) })
  }

  public static func load(_ path: String) throws -> Baseline {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CIError("cannot read baseline \(path)")
    }
    do {
      return try JSONDecoder().decode(Baseline.self, from: data)
    } catch {
      throw CIError("\(path): not a factcheck baseline: \(error)")
    }
  }

  public func encoded() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// Remaining allowances by fingerprint, used up as findings match.
  public func allowances() -> [String: Int] {
    entries.reduce(into: [:]) { $0[$1.fingerprint, default: 0] += $1.count }
  }
}

/// A problem with CI inputs (baseline, git); exit status 2.
public struct CIError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

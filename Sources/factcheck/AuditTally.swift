import FactCheckData
import Foundation

/// The running totals of an audit, kept in the checkpoint so a resumed run sums the whole archive.
struct AuditTally {
  var documents = 0
  var failed = 0
  var claims = 0
  var supported = 0
  var contradicted = 0
  var unverifiable = 0
  var bytes = 0
  var contradictedClaims: [String: Int] = [:]

  mutating func add(_ o: AuditOutcome) {
    documents += 1
    bytes += o.bytesRead
    if o.failed { failed += 1 }
    if let s = o.summary {
      claims += s.claims
      supported += s.supported
      contradicted += s.contradicted
      unverifiable += s.unverifiable
    }
    for c in o.contradicted { contradictedClaims[c, default: 0] += 1 }
  }

  var totals: [String: Int] {
    ["documents": documents, "failed": failed, "claims": claims, "supported": supported,
     "contradicted": contradicted, "unverifiable": unverifiable, "bytes": bytes]
  }

  init() {}

  init(_ checkpoint: ArchiveCheckpoint) {
    let t = checkpoint.totals
    documents = t["documents"] ?? 0
    failed = t["failed"] ?? 0
    claims = t["claims"] ?? 0
    supported = t["supported"] ?? 0
    contradicted = t["contradicted"] ?? 0
    unverifiable = t["unverifiable"] ?? 0
    bytes = t["bytes"] ?? 0
    contradictedClaims = checkpoint.contradicted
  }

  /// The `--summary` text: totals, speed of this run, the most common contradicted claims.
  func summary(session: AuditTally, seconds: Double, resumedFrom: Int, top: Int = 10) -> String {
    var lines = [
      "audit: \(documents) documents, \(failed) failed; \(claims) claims: \(supported) supported, "
        + "\(contradicted) contradicted, \(unverifiable) unverifiable",
    ]
    let secs = max(seconds, 1e-6)
    let rate = String(format: "%.1f documents/s, %.2f MB/s", Double(session.documents) / secs,
                      Double(session.bytes) / 1_000_000 / secs)
    let resumed = resumedFrom > 0 ? " (resumed after \(resumedFrom) documents)" : ""
    lines.append("audit: \(session.documents) documents in \(String(format: "%.2f", seconds)) s\(resumed): \(rate)")
    let common = contradictedClaims.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(top)
    if !common.isEmpty {
      lines.append("most common contradicted claims:")
      for (claim, n) in common { lines.append(String(format: "%6d  ", n) + claim) }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

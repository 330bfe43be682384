import FactCheckCI
import FactCheckCore
import FactCheckReporters
import Foundation

/// Renders the gated results of `check` in the chosen format.
///
/// Text and JSON keep their documented shapes; suppression problems follow the text report as
/// compiler-style lines, and go to standard error with JSON. The CI formats get every finding.
struct CIOutput {
  var format: CheckFormat
  var color: ColorMode
  var showSupported: Bool
  var explain: Bool
  /// `--fail-on unverifiable` given: JUnit fails unverifiable claims too.
  var failOnUnverifiable = false

  func render(_ results: [(CIRun.Analysed, Gate.Outcome)]) -> String {
    switch format {
    case .text:
      var out = results.map { a, o in
        Render.render([o.report], format: .text, kit: a.kit, explain: explain, color: color,
                      showSupported: showSupported)
      }.joined()
      for (_, o) in results {
        for f in o.extra { out += "\(f.path):\(f.line):\(f.column): \(f.severity.rawValue): \(f.headline) [\(f.checkID)]\n" }
      }
      let suppressed = results.reduce(0) { $0 + $1.1.suppressed }
      let baselined = results.reduce(0) { $0 + $1.1.baselined }
      if suppressed + baselined > 0 {
        out += "factcheck: \(suppressed) finding\(suppressed == 1 ? "" : "s") suppressed, \(baselined) in the baseline (not listed)\n"
      }
      return out
    case .json:
      for (_, o) in results {
        for f in o.extra {
          FileHandle.standardError.write(Data("\(f.path):\(f.line):\(f.column): \(f.severity.rawValue): \(f.headline) [\(f.checkID)]\n".utf8))
        }
      }
      guard let kit = results.first?.0.kit else { return "" }
      return Render.render(results.map(\.1.report), format: .json, kit: kit, explain: explain, color: .never)
    case .github: return GitHubReporter().render(files(results))
    case .sarif:
      return SARIFReporter(tool: .init(name: ToolInfo.name, version: ToolInfo.version)).render(files(results))
    case .junit:
      let strict = failOnUnverifiable
        || results.contains { $0.0.config?.failOn.contains("unverifiable") == true }
      return JUnitReporter(failOnUnverifiable: strict).render(files(results))
    case .checkstyle: return CheckstyleReporter().render(files(results))
    }
  }

  func files(_ results: [(CIRun.Analysed, Gate.Outcome)]) -> [FileFindings] {
    results.map { a, o in
      var labels: [String: String] = [:]
      for d in a.kit.corpus.datasets { for m in d.measures { labels[m.id] = m.label } }
      let claims = Finding.claims(in: o.report, includeSupported: showSupported,
                                  measureLabels: labels, fingerprintPath: a.fingerprintPath)
      let all = (claims + o.extra).enumerated().sorted {
        ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset)
      }.map(\.element)
      return FileFindings(path: a.path, findings: all, claimCount: o.report.extracted.claims.count)
    }
  }
}

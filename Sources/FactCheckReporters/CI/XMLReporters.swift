import Foundation

/// Renders findings as JUnit XML: one `testsuite` per file, one `testcase` per reported claim
/// (named by line, column and claim text), a `failure` for each contradicted claim (and each
/// unverifiable one when `failOnUnverifiable`), `skipped` for the other unverifiable claims, and
/// a `failure` for a suppression without a reason. Unused suppressions are passing test cases
/// whose `system-out` says so.
public struct JUnitReporter: Sendable {
  public var failOnUnverifiable: Bool

  public init(failOnUnverifiable: Bool = false) { self.failOnUnverifiable = failOnUnverifiable }

  public func render(_ files: [FileFindings]) -> String {
    let suites = files.map(suite)
    let tests = suites.reduce(0) { $0 + $1.tests }
    let failures = suites.reduce(0) { $0 + $1.failures }
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<testsuites name=\"factcheck\" tests=\"\(tests)\" failures=\"\(failures)\">\n"
    out += suites.map(\.xml).joined()
    return out + "</testsuites>\n"
  }

  func suite(_ file: FileFindings) -> (xml: String, tests: Int, failures: Int) {
    var failures = 0
    var skipped = 0
    var body = ""
    for f in file.findings {
      let name = "\(f.line):\(f.column) " + (f.claimText.map { "'\($0)'" } ?? f.checkID)
      body += "    <testcase classname=\"\(XML.attr(file.path))\" name=\"\(XML.attr(name))\">\n"
      let fails = f.severity == .error || (failOnUnverifiable && f.checked?.verdict == .unverifiable)
      if fails {
        failures += 1
        body += "      <failure type=\"\(XML.attr(f.checkID))\" message=\"\(XML.attr(f.headline))\">"
          + XML.text(f.fullMessage) + "</failure>\n"
      } else if f.checked?.verdict == .unverifiable {
        skipped += 1
        body += "      <skipped message=\"\(XML.attr(f.headline))\"/>\n"
      } else {
        body += "      <system-out>\(XML.text(f.fullMessage))</system-out>\n"
      }
      body += "    </testcase>\n"
    }
    let n = file.findings.count
    let head = "  <testsuite name=\"\(XML.attr(file.path))\" tests=\"\(n)\" failures=\"\(failures)\" "
      + "errors=\"0\" skipped=\"\(skipped)\">\n"
    return (head + body + "  </testsuite>\n", n, failures)
  }
}

/// Renders findings in Checkstyle's XML format (read by Jenkins, reviewdog, GitLab via
/// converters): one `file` per checked file, one `error` element per finding with its severity
/// (`error`, `warning`, `info`) and the check id as `source`.
public struct CheckstyleReporter: Sendable {
  public init() {}

  public func render(_ files: [FileFindings]) -> String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
    for file in files {
      out += "  <file name=\"\(XML.attr(file.path))\">\n"
      for f in file.findings {
        let severity = f.severity == .note ? "info" : f.severity.rawValue
        out += "    <error line=\"\(f.line)\" column=\"\(f.column)\" severity=\"\(severity)\" "
          + "message=\"\(XML.attr(f.headline))\" source=\"factcheck.\(XML.attr(f.checkID))\"/>\n"
      }
      out += "  </file>\n"
    }
    return out + "</checkstyle>\n"
  }
}

enum XML {
  static func text(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\t", "\n", "\r": out.unicodeScalars.append(u)
      // Characters XML 1.0 does not allow are dropped.
      case _ where u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF: continue
      default: out.unicodeScalars.append(u)
      }
    }
    return out
  }

  static func attr(_ s: String) -> String {
    text(s).replacingOccurrences(of: "\"", with: "&quot;")
      .replacingOccurrences(of: "\n", with: "&#10;").replacingOccurrences(of: "\r", with: "&#13;")
      .replacingOccurrences(of: "\t", with: "&#9;")
  }
}

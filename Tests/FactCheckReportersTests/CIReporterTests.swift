import FactCheckTestSupport
import FactCheckCore
import Foundation
import Testing

@testable import FactCheckReporters

/// The CI formats (GitHub, SARIF, JUnit, Checkstyle) on the shared fixture report, plus a
/// suppression problem, against golden files.
@Suite struct CIReporterTests {
  static var files: [FileFindings] {
    let report = ReportFixture.report
    var findings = Finding.claims(in: report, includeSupported: true,
                                  measureLabels: ReportFixture.labels)
    let doc = report.document
    findings.append(Finding.at(doc, ReportFixture.range("42 cases"), severity: .warning,
                               checkID: CheckKinds.unusedSuppression,
                               headline: "this factcheck-ignore hides no finding; remove it"))
    return [FileFindings(path: doc.name, findings: findings, claimCount: report.summary.claims)]
  }

  @Test func github() {
    assertSnapshot(GitHubReporter().render(Self.files), named: "ci.github.txt")
  }

  @Test func sarif() {
    let out = SARIFReporter(tool: .init(name: "factcheck", version: "0.1.0")).render(Self.files)
    assertSnapshot(out, named: "ci.sarif.json")
  }

  @Test func junit() {
    assertSnapshot(JUnitReporter().render(Self.files), named: "ci.junit.xml")
  }

  @Test func checkstyle() {
    assertSnapshot(CheckstyleReporter().render(Self.files), named: "ci.checkstyle.xml")
  }

  /// The message's `%` and line break, and the `:` and `,` of property values, are escaped as
  /// the Actions toolkit does, so "50%" is not read as an escape and the command stays on one line.
  @Test func githubEscaping() {
    let doc = Document(name: "news/a,b:c.md", text: "Crime fell 50% last year.\n")
    let f = Finding.at(doc, SourceRange(start: 11, end: 14), severity: .error,
                       checkID: "claim.percent_change", headline: "'50%' should be 5%",
                       details: ["evidence: 100%\r\nsource: x"])
    let line = GitHubReporter().command(f)
    #expect(line == "::error file=news/a%2Cb%3Ac.md,line=1,col=12,endLine=1,endColumn=14,"
      + "title=factcheck claim.percent_change::'50%25' should be 5%25%0Aevidence: 100%25%0D%0Asource: x\n")
    #expect(line.dropLast().contains("\n") == false)
  }

  @Test func sarifValidatesAgainstTheOfficialSchema() {
    SARIFSchema.expectValid(SARIFReporter(tool: .init(name: "factcheck", version: "0.1.0"))
      .render(Self.files))
  }

  /// The validator really applies the schema: a wrong level is rejected.
  @Test func schemaRejectsABadLevel() throws {
    let good = SARIFReporter(tool: .init(name: "factcheck", version: "0.1.0")).render(Self.files)
    let bad = good.replacingOccurrences(of: "\"level\" : \"error\"", with: "\"level\" : \"fatal\"")
    #expect(bad != good)
    let r = try SARIFSchema.validate(bad)
    #expect(r.status == 1, "\(r.output)")
    #expect(r.output.contains("level"))
  }

  /// A fingerprint depends on the claim, not on where it is: shifting the text by a line keeps it.
  @Test func fingerprintSurvivesLineShift() {
    let c = ReportFixture.wrongCount
    let a = Fingerprint.of(c, text: "1,569", path: "./articles/essex.txt")
    var moved = c
    moved.range = SourceRange(start: c.range.start + 40, end: c.range.end + 40)
    #expect(Fingerprint.of(moved, text: "1,569", path: "articles/essex.txt") == a)
    #expect(Fingerprint.of(c, text: "1,596", path: "articles/essex.txt") != a)
    #expect(Fingerprint.of(c, text: "1,569", path: "articles/kent.txt") != a)
  }
}

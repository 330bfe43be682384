import FactCheckCore
import Testing

@testable import FactCheckReporters

@Suite struct TextReporterTests {
  let labels = ReportFixture.labels

  @Test func errorsAndWarningsOnly() {
    let out = TextReporter(measureLabels: labels).render([ReportFixture.report])
    assertSnapshot(out, named: "text-default.txt")
  }

  @Test func withSupportedAndExplanations() {
    let out = TextReporter(explain: true, showSupported: true, measureLabels: labels)
      .render([ReportFixture.report])
    assertSnapshot(out, named: "text-verbose.txt")
  }

  @Test func claimsWithoutVerdicts() {
    var report = ReportFixture.report
    report.checked = nil
    report.publishedGiven = false
    assertSnapshot(TextReporter().render([report]), named: "text-claims.txt")
  }

  /// Column counts scalars; the underline counts terminal cells (the emoji takes two).
  @Test func multibyteLineColumnAndUnderline() throws {
    let out = TextReporter(measureLabels: labels).render([ReportFixture.report])
    let lines = out.split(separator: "\n").map(String.init)
    let i = try #require(lines.firstIndex { $0.hasPrefix("articles/essex.txt:5:") && $0.contains("warning") })
    let prefix = "At Southend’s £2m 🚨 hub – “the county’s busiest” – staff see "
    #expect(lines[i].hasPrefix("articles/essex.txt:5:\(prefix.unicodeScalars.count + 1): warning: "))
    let excerpt = lines[i + 1].dropFirst(4)
    let mark = lines[i + 2].dropFirst(4)
    #expect(excerpt.hasPrefix(prefix + "99 per 100,000"))
    #expect(mark == String(repeating: " ", count: prefix.count + 1) + "^" + String(repeating: "~", count: 13))
  }

  @Test func longLineExcerptIsBounded() throws {
    let text = String(repeating: "a", count: 25_000) + " 1,569 offenders " + String(repeating: "b", count: 25_000)
    let doc = Document(name: "long.txt", text: text)
    let claim = Claim(
      range: ReportFixture.range("1,569", in: doc),
      expression: NumericExpression(range: ReportFixture.range("1,569", in: doc), value: 1569, form: .number),
      kind: .count)
    let report = DocumentReport(document: doc, published: ReportFixture.published, publishedGiven: true,
                                extracted: ExtractedClaims(claims: [claim]))
    let out = TextReporter().render([report])
    let lines = out.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines.allSatisfy { $0.count <= 120 })
    #expect(lines[1].hasPrefix("    …a") && lines[1].hasSuffix("b…") && lines[1].contains(" 1,569 "))
    #expect(lines[0].hasPrefix("long.txt:1:25002: note: "))
  }

  @Test func controlCharactersPrintAsSpaces() {
    let doc = Document(name: "t.txt", text: "a\tb\u{1B}[31m 7 c")
    let r = ReportFixture.range("7", in: doc)
    let claim = Claim(range: r, expression: NumericExpression(range: r, value: 7, form: .number), kind: .count)
    let report = DocumentReport(document: doc, published: ReportFixture.published, publishedGiven: true,
                                extracted: ExtractedClaims(claims: [claim]))
    let out = TextReporter().render([report])
    #expect(!out.contains("\u{1B}") && !out.contains("\t"))
    #expect(out.contains("    a b [31m 7 c\n             ^\n"))
  }

  @Test func colourOnlyWhenAsked() {
    let plain = TextReporter(measureLabels: labels).render([ReportFixture.report])
    let coloured = TextReporter(color: true, measureLabels: labels).render([ReportFixture.report])
    #expect(!plain.contains("\u{1B}["))
    #expect(coloured.contains("\u{1B}[1;31merror\u{1B}[0m"))
  }
}

/// Evidence whose source is the article being checked (most figures come from news reports of
/// the official tables) is said to be so, on its source line and in the summary.
@Suite struct OwnSourceTests {
  @Test func evidenceFromTheArticleItselfIsMarked() {
    var report = ReportFixture.report
    report.url = "http://gov.uk/government/statistics/mappa-annual-report-2019-to-2020/#top"
    let out = TextReporter(showSupported: true, measureLabels: ReportFixture.labels).render([report])
    #expect(!out.contains("source: \(ReportFixture.url)"))
    #expect(out.contains("source: this article itself (official, published 2020-10-29, release of 2020-10-29), so not an independent check"))
    #expect(out.contains("1 supported (1 of them only by this article's own figures) of"))
    // Another article: the source is named, and the summary says nothing more.
    report.url = "https://example.com/news/essex"
    let other = TextReporter(measureLabels: ReportFixture.labels).render([report])
    #expect(other.contains("source: \(ReportFixture.url) (official"))
    #expect(other.contains("1 supported (not listed; --show-supported lists them) of"))
    #expect(!other.contains("this article itself"))
    // A change's evidence names its latest figure's source only: said so, and not counted.
    report.url = ReportFixture.url
    let verbose = TextReporter(showSupported: true, measureLabels: ReportFixture.labels).render([report])
    #expect(verbose.contains("source: this article itself (official, published 2020-10-29, release of 2020-10-29), for the 2019-20 figure"))
  }

  @Test(arguments: [
    ("https://www.example.com/a/b", "http://example.com/a/b/", true),
    ("https://EXAMPLE.com/a/b#x", "https://example.com/a/b", true),
    ("https://example.com/a/b?ref=rss", "https://example.com/a/b?ref=rss", true),
    ("https://example.com/a/b", "https://example.com/a/B", false),
    ("https://example.com/a/b", "https://example.com/a/b/c", false),
    ("https://example.com/a/b?ref=rss&utm_source=x", "https://example.com/a/b", true),
    ("https://example.com/a?id=7&ns_mchannel=rss", "https://example.com/a?id=7", true),
    ("https://example.com/a?id=7", "https://example.com/a?id=8", false),
    ("https://example.com/a/b?next=https://x.org", "https://example.com/a/b?next=https://x.org", true),
    ("/", "", false),
    ("#x", "#x", false),
    ("", "", false),
  ])
  func sameAddress(_ a: String, _ b: String, _ same: Bool) {
    #expect(TextReporter.sameAddress(a, b) == same)
    #expect(TextReporter.sameAddress(b, a) == same)
    // The audit's quick host test (`OwnPage`) never answers otherwise.
    #expect(OwnPage(a).isSource(b) == same)
    #expect(OwnPage(b).isSource(a) == same)
  }
}

/// A front-matter date that is not a date is named in the note, not called missing.
@Suite struct UnreadDateTests {
  @Test func theNoteNamesADateItCouldNotRead() {
    var report = ReportFixture.report
    report.publishedGiven = false
    let missing = TextReporter().render([report])
    #expect(missing.contains(": note: no publication date given; judged as of today"))
    report.unreadDate = "2020-11 (inferred: not stated on the page, but the article ID says so)"
    let unread = TextReporter().render([report])
    #expect(unread.contains(": note: publication date '2020-11 (inferred: not stated on the pa…' is not a YYYY-MM-DD date; judged as of today"))
  }
}

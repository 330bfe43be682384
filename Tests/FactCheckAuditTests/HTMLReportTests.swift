import Foundation
import Testing

@testable import FactCheckReporters

/// `audit --html`: the page's figures, data and escaping. Scripts/check_html_report.py loads
/// the same page in headless Chromium (run by .ci/run).
@Suite(.serialized) struct HTMLReportTests {
  /// Runs `audit ARGS --html FILE` and returns the page.
  static func page(_ args: [String], input: String = "") throws -> (AuditRun, String) {
    let dir = try AuditRun.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("report.html")
    let run = try AuditRun.run(args + ["--html", file.path], input: input)
    return (run, try String(contentsOf: file, encoding: .utf8))
  }

  /// The rows embedded in the page, decoded as the browser's JSON.parse would.
  static func rows(_ page: String) throws -> [[String: Any]] {
    let start = try #require(page.range(of: "<script type=\"application/json\" id=\"rows\">"))
    let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
    let json = String(page[start.upperBound..<end.lowerBound])
    return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
  }

  @Test func sampleReportHasTheFiguresAndOneRowPerContradictedOrUnverifiableClaim() throws {
    let (run, page) = try Self.page([AuditCommandTests.sample])
    #expect(run.status == 0)
    var counts = ["contradicted": 0, "unverifiable": 0]
    for line in run.lines {
      for claim in line["claims"] as? [[String: Any]] ?? [] {
        if let v = claim["verdict"] as? String, counts[v] != nil { counts[v]! += 1 }
      }
    }
    let rows = try Self.rows(page)
    #expect(rows.filter { $0["verdict"] as? String == "contradicted" }.count == counts["contradicted"])
    #expect(rows.filter { $0["verdict"] as? String == "unverifiable" }.count == counts["unverifiable"])
    #expect(page.contains("<dd data-figure=\"documents\">304</dd>"))
    #expect(page.contains("<dd data-figure=\"failed\">2</dd>"))
    for chart in ["Verdicts per year", "Verdicts per area", "Claims most often contradicted"] {
      #expect(page.contains("aria-label=\"\(chart)\""))
    }
    // Every contradicted row has its sentence, evidence with a source, a suggestion and a link.
    for row in rows where row["verdict"] as? String == "contradicted" {
      let claim = try #require(row["claim"] as? String)
      #expect((row["sentence"] as? String ?? "").contains(claim))
      #expect((row["evidence"] as? String ?? "").hasPrefix("official "))
      #expect((row["source"] as? String ?? "").hasPrefix("http"))
      #expect(row["suggestion"] is String)
      if let url = row["url"] as? String { #expect(url.hasPrefix("https://news.example.org/")) }
    }
    // Plain-text files carry no address; the others link back to their article.
    #expect(rows.filter { $0["url"] is String }.count > rows.count / 2)
    // Nothing outside the file: no external script, style, image or frame.
    #expect(!page.contains("<link") && !page.contains("src=") && !page.contains("@import"))
  }

  @Test func articleTextCannotOpenATagOrEndTheDataBlock() throws {
    let article: [String: Any] = [
      "id": "evil\"><img src=x onerror=alert(1)>", "url": "javascript:alert(1)", "published": "2011-11-14",
      "title": "</script><script>alert(1)</script><!-- \u{2028}\u{2029} & <b>",
      "text": "There were 1,927 registered sex offenders <script>alert(2)</script> living in Greater "
        + "Manchester <img src=x onerror=\"alert(3)\"> on 31 March 2011, according to the Ministry of Justice.",
    ]
    let line = String(decoding: try JSONSerialization.data(withJSONObject: article), as: UTF8.self)
    let (run, page) = try Self.page(["--stdin"], input: line + "\n")
    #expect(run.status == 0)
    // The page's own two script elements, and no other tag from the article.
    #expect(page.components(separatedBy: "<script").count == 3)
    #expect(!page.contains("<img") && !page.contains("<b>") && !page.contains("<!--"))
    #expect(!page.contains("\u{2028}") && !page.contains("\u{2029}"))
    let rows = try Self.rows(page)
    let row = try #require(rows.first)
    #expect(row["title"] as? String == article["title"] as? String)
    #expect(row["id"] as? String == article["id"] as? String)
    #expect(row["url"] == nil, "a javascript: address is not kept as a link")
    #expect((row["sentence"] as? String ?? "").contains("<script>alert(2)</script>"))
  }

  /// A figure whose source is the audited article itself: the row says so and links nowhere.
  @Test func evidenceFromTheArticleItselfIsMarked() throws {
    // Essex's 2018-19 count (1,496) comes from this page in Corpus/mappa/figures.csv.
    let page = "https://www.clactonandfrintongazette.co.uk/news/north_essex_news/18021518.1-500-registered-sex-offenders-living-essex-figures-reveal/"
    func row(url: String) throws -> [String: Any] {
      let article: [String: Any] = [
        "id": "essex", "url": url, "published": "2019-11-14",
        "text": "There were 1,800 registered sex offenders living in Essex in 2018-19, the figures show.",
      ]
      let line = String(decoding: try JSONSerialization.data(withJSONObject: article), as: UTF8.self)
      let (run, html) = try Self.page(["--stdin"], input: line + "\n")
      #expect(run.status == 0)
      return try #require(try Self.rows(html).first { $0["verdict"] as? String == "contradicted" })
    }
    let own = try row(url: page + "?utm_source=feed")
    #expect((own["evidence"] as? String ?? "").hasSuffix("source: this article itself, so not an independent check"))
    #expect(own["source"] == nil)
    let other = try row(url: "https://news.example.org/essex")
    #expect(!(other["evidence"] as? String ?? "").contains("this article itself"))
    #expect((other["source"] as? String ?? "").hasPrefix("https://www.clactonandfrintongazette.co.uk/"))
  }

  @Test func thePolicyAllowsExactlyThePageScript() throws {
    // FIPS 180-4's example.
    let abc = SHA256.digest(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined()
    #expect(abc == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let long = SHA256.digest(Array(String(repeating: "a", count: 1000).utf8)).map { String(format: "%02x", $0) }.joined()
    #expect(long == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    let page = HTMLReport().render()
    let hash = Data(SHA256.digest(Array(HTMLReport.script.utf8))).base64EncodedString()
    #expect(page.contains("script-src 'sha256-\(hash)'"))
    #expect(page.contains("<script>" + HTMLReport.script + "</script>"))
    #expect(page.contains("No claim was contradicted."))
  }

  @Test func escapingAndLinks() {
    #expect(HTMLReport.escape("<a href=\"x\" title='y'>&</a>")
            == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
    #expect(HTMLReport.jsonForScript(["</script>&\u{2028}\u{2029}"])
            == "[\"\\u003c\\/script\\u003e\\u0026\\u2028\\u2029\"]")
    #expect(HTMLReport.web("https://example.org/a") == "https://example.org/a")
    #expect(HTMLReport.web("HTTP://example.org") == "HTTP://example.org")
    for bad in ["javascript:alert(1)", " https://x", "data:text/html,x", "//example.org", "vbscript:x"] {
      #expect(HTMLReport.web(bad) == nil)
    }
    #expect(HTMLReport.number(1972) == "1,972" && HTMLReport.number(-1234567) == "-1,234,567")
    #expect(HTMLReport.number(12.5) == "12.5" && HTMLReport.number(999) == "999")
  }

  @Test func rowsPastTheLimitAreCountedNotKept() {
    var report = HTMLReport(maxRows: 2)
    var entry = HTMLReport.Entry.failure
    entry.failed = false
    entry.year = "2020"
    entry.counts = ["Kent": .init()]
    entry.counts["Kent"]!.add(.contradicted, 5)
    entry.rows = (0..<5).map {
      HTMLReport.Row(verdict: "contradicted", path: "a.txt", published: "2020-01-01", claim: "\($0)",
                     sentence: "s", message: "m")
    }
    report.add(entry)
    report.add(.failure)
    #expect(report.rows.count == 2 && report.omitted["contradicted"] == 3)
    #expect(report.documents == 2 && report.failed == 1 && report.byYear["2020"]?.contradicted == 5)
    #expect(report.render().contains("3 contradicted more are counted above but not listed"))
  }
}

extension HTMLReportTests {
  @Test func resumeAndStandardOutputAreRefusedForTheReport() throws {
    let resumed = try AuditRun.run([AuditCommandTests.sample, "-o", "/tmp/x.jsonl", "--resume", "--html", "r.html"])
    #expect(resumed.status == 64)
    #expect(resumed.stderr.contains("--html cannot be combined with --resume"))
    let dash = try AuditRun.run([AuditCommandTests.sample, "--html", "-"])
    #expect(dash.status == 64)
  }
}

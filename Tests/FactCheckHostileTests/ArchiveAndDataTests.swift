import FactCheckCore
import FactCheckData
import Foundation
import Testing

/// Hostile HTML, JSON Lines, YAML and CSV through the library readers.
@Suite struct ArchiveAndDataTests {
  let claim = "Essex had 1,596 registered sex offenders in 2019-20."

  /// 100,000 nested, never-closed elements: libxml2 would drop all text below depth 256 without
  /// XML_PARSE_HUGE, and a recursive walk would overflow a worker thread's stack.
  @Test func deeplyNestedUnclosedHTML() throws {
    let deep = "<html><body>" + String(repeating: "<div><span>", count: 50_000) + "<p>\(claim)<p>Second <b>para"
    let page = try #require(ArchiveHTML.extract(Array(deep.utf8)))
    #expect(page.text.contains(claim))
    #expect(page.text.hasSuffix("Second para"))
    let tags = "<p>" + String(repeating: "<i><b><u>", count: 20_000) + claim
    #expect(ArchiveHTML.extract(Array(tags.utf8))?.text == claim)
  }

  /// Character references for digits and spaces read as the characters.
  @Test func entities() throws {
    let html = "<p>Essex had &#49;,&#x35;96&nbsp;registered sex offenders in 2019&#8211;20.&#32;Yes&#160;.</p>"
    let page = try #require(ArchiveHTML.extract(Array(html.utf8)))
    #expect(page.text == "Essex had 1,596 registered sex offenders in 2019–20. Yes .")
    let report = checkText(page.text)
    #expect(report.checked?.first?.verdict == .supported)
  }

  /// JSON lines that are not article objects are each a failure naming `file:line`; the next
  /// line is read. A 50 MB line is read whole (no line limit), then judged.
  @Test func jsonLines() throws {
    let s = try Scratch()
    defer { s.cleanup() }
    let big = "\"" + String(repeating: "x", count: 50 << 20) + "\""
    let lines = ["[1, 2]", "\"text\"", "42", "null", "{\"text\": 5}", "{\"text\": \"unterminated",
                 big, "{\"id\": 7, \"text\": \"\(claim)\"}"]
    let path = try s.file("feed.jsonl", lines.joined(separator: "\r\n") + "\n")
    let items = Array(ArchiveReader(source: ArchiveSource(paths: [path]), stdin: false))
    #expect(items.map(\.name) == (1...8).map { "\(path):\($0)" })
    let results = items.map(ArchiveArticle.read)
    for (i, r) in results.dropLast().enumerated() {
      guard case .failure(let f) = r else { Issue.record("line \(i + 1) read as an article"); continue }
      #expect(f.kind == .malformedJSON, "line \(i + 1)")
    }
    guard case .success(let article) = results.last else { Issue.record("last line not read"); return }
    #expect(article.id == "7")
    #expect(article.document.text == claim)
  }

  /// A file whose name is not UTF-8 (possible on Linux) is listed with U+FFFD in its name,
  /// which cannot be opened: its failure says why, and the file beside it is still read.
  @Test func fileNameThatIsNotUTF8() throws {
    let s = try Scratch()
    defer { s.cleanup() }
    try s.file("good.txt", claim)
    let raw = Array((s.path + "/bad").utf8) + [0xFF, 0xFE] + Array(".txt".utf8) + [0]
    let fd = raw.withUnsafeBufferPointer { p in
      p.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
    }
    try #require(fd >= 0)
    close(fd)
    let items = Array(ArchiveReader(source: ArchiveSource(paths: [s.path]), stdin: false))
    #expect(items.map(\.name).sorted() == [s.path + "/bad\u{FFFD}\u{FFFD}.txt", s.path + "/good.txt"])
    for item in items {
      switch ArchiveArticle.read(item) {
      case .success(let article):
        #expect(item.name.hasSuffix("good.txt"))
        #expect(article.document.text == claim)
      case .failure(let f):
        #expect(item.name.contains("\u{FFFD}"))
        #expect(f.kind == .notFound)
        #expect(f.message.contains("not valid UTF-8"))
      }
    }
  }

  /// Billion laughs: nine levels of nine aliases. Yams shares aliased nodes and the readers
  /// only walk the keys they know, so loading fails fast with a diagnostic.
  static let bomb = """
    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]

    """

  @Test func yamlBombInRules() throws {
    let s = try Scratch()
    defer { s.cleanup() }
    try s.file("set/ruleset.yml", "dataset: mappa\n")
    try s.file("set/measure/bomb.yml", Self.bomb + """
      description: bomb
      measure: category1_rso_total
      forms: [number]
      phrases: *i
      examples: {match: *i}

      """)
    let start = Date()
    #expect(throws: RulesError.self) { try RulesLoader.load(from: s.path + "/set") }
    #expect(Date().timeIntervalSince(start) < 10)
  }

  @Test func yamlBombInDatasetMetadata() throws {
    let s = try Scratch()
    defer { s.cleanup() }
    let fixture = Repo.path("Tests/FactCheckDataTests/Fixtures/school_exclusions") + "/"
    let meta = try String(contentsOfFile: fixture + "dataset.yml", encoding: .utf8)
    try s.file("d/dataset.yml", Self.bomb + meta.replacingOccurrences(of: "\nflags:", with: "\nextra: *i\nflags:"))
    for f in ["areas.csv", "figures.csv"] {
      try s.file("d/" + f, [UInt8](FileManager.default.contents(atPath: fixture + f)!))
    }
    let start = Date()
    do {
      _ = try DatasetLoader.load(s.path + "/d")
      Issue.record("a dataset.yml with unknown keys loaded")
    } catch {
      #expect(error.description.contains("dataset.yml:"))
    }
    #expect(Date().timeIntervalSince(start) < 10)
  }

  /// Quoted fields with commas, doubled quotes and line breaks are one field; positions after
  /// them are still right; an unterminated quote is an error at its line.
  @Test func csvQuotesAndNewlines() throws {
    let s = try Scratch()
    defer { s.cleanup() }
    let fixture = Repo.path("Tests/FactCheckDataTests/Fixtures/school_exclusions") + "/"
    for f in ["dataset.yml", "areas.csv"] {
      try s.file("d/" + f, [UInt8](FileManager.default.contents(atPath: fixture + f)!))
    }
    let header = "period,area,measure,value,source_url,source_published,source_kind,flags\r\n"
    let good = header
      + "2020/21,Northshire,permanent_exclusions,120,\"https://example.org/a,b?\"\"q\"\"\",2022-07-21,official,\r\n"
      + "2020/21,\"Southvale\",permanent_exclusions,80,\"https://example.org/line\nbreak\",2022-07-21,official,\r\n"
      + "2020/21,Northshire,permanent_exclusions,oops,https://example.org/x,2022-07-21,official,\r\n"
    try s.file("d/figures.csv", good)
    do {
      _ = try DatasetLoader.load(s.path + "/d")
      Issue.record("a bad value loaded")
    } catch {
      // The bad row is on line 5 of the file: the quoted line break counts.
      #expect(error.diagnostics.contains { $0.line == 5 && $0.column == 41 }, "\(error)")
      #expect(!error.diagnostics.contains { $0.line < 5 }, "\(error)")
    }
    try s.file("d/figures.csv", header + "2020/21,Northshire,permanent_exclusions,120,\"https://example.org/open,2022-07-21,official,\n")
    do {
      _ = try DatasetLoader.load(s.path + "/d")
      Issue.record("an unterminated quote loaded")
    } catch {
      #expect(error.diagnostics.contains { $0.file.hasSuffix("figures.csv") && $0.line == 2 }, "\(error)")
    }
  }
}

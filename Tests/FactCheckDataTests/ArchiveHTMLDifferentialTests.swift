import Foundation
import Testing

@testable import FactCheckData

/// `ArchiveHTML.extract` follows libxml2's parse event by event; `TreeHTML.extract` (the reading
/// it replaced) has libxml2 build the whole tree and walks it. Both must make the same article
/// of every page: the sample archive's pages and random mutations of them (tags cut, dropped,
/// moved and repeated, odd structures and non-ASCII text put in), plus hand-made pages. The
/// tree reading is given the page after a doctype: without one, libxml2's tree builder nests
/// every top-level element in the first, which `ArchiveHTML` deliberately does not do.
///
/// Set `FACTCHECK_HTML_DIFF_DIR` to a folder of `.html` and `.jsonl` files to take the pages
/// from there as well, `FACTCHECK_HTML_DIFF_ROUNDS` for more mutations per page,
/// `FACTCHECK_HTML_DIFF_SEED` for other mutations, and `FACTCHECK_HTML_DIFF_DUMP` to a path
/// prefix to write the pages that differ to files.
@Suite struct ArchiveHTMLDifferentialTests {
  @Test func samePagesAsTheTreeReading() throws {
    var pages = Self.handMade.map { Array($0.utf8) }
    pages += try Self.pages(in: Paths.corpus + "/archive-sample")
    if let extra = ProcessInfo.processInfo.environment["FACTCHECK_HTML_DIFF_DIR"] {
      pages += try Self.pages(in: extra)
    }
    let rounds = ProcessInfo.processInfo.environment["FACTCHECK_HTML_DIFF_ROUNDS"].flatMap { Int($0) } ?? 12
    let seed = ProcessInfo.processInfo.environment["FACTCHECK_HTML_DIFF_SEED"].flatMap { UInt64($0) }
    var random = SplitMix64(seed: seed ?? 0x5EED_F00D)
    var compared = 0
    var differences: [[UInt8]] = []
    var contextDifferences: [[UInt8]] = []
    for page in pages {
      for round in 0...rounds {
        let input = round == 0 ? page : Self.mutate(page, using: &random)
        compared += 1
        let read = ArchiveHTML.extract(input)
        if read != Self.treeReading(input) { differences.append(input) }
        // The thread's kept libxml2 context, after all the pages before, reads as a new one.
        if read != ArchiveHTML.extract(input, reusingContext: false) { contextDifferences.append(input) }
      }
    }
    print("ArchiveHTMLDifferentialTests: \(compared) pages compared, \(differences.count) differ")
    for input in contextDifferences.prefix(3) {
      Issue.record("reads otherwise in a context of its own:\n\(String(decoding: input.prefix(3_000), as: UTF8.self))")
    }
    if let dump = ProcessInfo.processInfo.environment["FACTCHECK_HTML_DIFF_DUMP"] {
      for (i, input) in differences.enumerated() {
        _ = FileManager.default.createFile(atPath: "\(dump)-\(i).html", contents: Data(input))
      }
    }
    for input in differences.prefix(3) {
      let page = String(decoding: input, as: UTF8.self)
      Issue.record("""
        differs from the tree reading:
        \(page.prefix(3_000))
        events: \(String(describing: ArchiveHTML.extract(input)))
        tree:   \(String(describing: Self.treeReading(input)))
        """)
    }
    #expect(compared > 1_000)
  }

  static let doctype = Array("<!DOCTYPE html>".utf8)

  /// The tree reading of `page` after a doctype (unless it starts with one: libxml2 reads a
  /// second one at the start as text), or nil when libxml2 makes no document of the page
  /// itself (the doctype alone would make one).
  static func treeReading(_ page: [UInt8]) -> ArchiveHTML.Extracted? {
    guard let plain = TreeHTML.extract(page) else { return nil }
    let start = page.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    if start.prefix(9).map({ $0 | 0x20 }) == Array("<!doctype".utf8) { return plain }
    return TreeHTML.extract(doctype + page)
  }

  /// The `.html` files under `folder`, and the `html` of each line of its `.jsonl` files.
  static func pages(in folder: String) throws -> [[UInt8]] {
    var pages: [[UInt8]] = []
    let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
    for file in files.sorted() {
      let path = folder + "/" + file
      if file.hasSuffix(".html") {
        pages.append(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
      } else if file.hasSuffix(".jsonl") {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for line in text.split(separator: "\n") {
          if let html = ArchiveJSONLine.parse(Array(line.utf8))?.html { pages.append(html) }
        }
      }
    }
    return pages
  }

  // MARK: - Mutations

  /// Pieces put into pages: structure libxml2 repairs, dates, titles, text.
  static let pieces = [
    "<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<div>", "</div>", "<br>", "<br/>", "</br>",
    "<h1>", "</h1>", "<h2>x</h2>", "<title>T 1</title>", "<title>", "</title>", "<head>", "</head>",
    "<body>", "</body>", "<html>", "</html>", "<!DOCTYPE html>",
    "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">", "<!-- c -->", "<!--", "-->", "<?php x ?>",
    "<![CDATA[ 5 < 6 ]]>", "<script>if (a < b) { x = '</p>' }</script>", "<style>p{}</style>",
    "<nav>Nav 7</nav>", "<header>Head 8</header>", "</header>", "<article>", "</article>",
    "<footer>", "<aside>", "<form><input value=1>", "<table><tr><td>9", "</td><td>10</td></tr>",
    "<meta property=\"article:published_time\" content=\" 2021-02-03 \">", "<meta name=date content=\"\">",
    "<meta itemprop=datePublished content=2019>", "<META NAME=\"DC.Date\" CONTENT=\"2018-01-01\">",
    "<time datetime=\"2020-01-02\">", "<time datetime>", "<time>", "</time>", "<TIME DATETIME=' 1999 '>",
    "&nbsp;", "&amp;", "&pound;", "&#8211;", "&#x20AC;", "&bogus;", "&", "<", ">", "&#0;", "\u{0}",
    "é", "€", "’", "\u{A0}", "\u{2009}", "\u{202F}", " ", "  ", "\n", "\t", "1,596", "word",
    "<span>", "</span>", "<b>", "</b>", "<img src=x>", "<sup>1</sup>", "<noscript>", "</noscript>",
    "<section>", "<main>", "<figure><figcaption>Fig 3</figcaption></figure>", "<pre> a  b </pre>",
    "<textarea>t 11</textarea>", "<template><p>12</p></template>", "<svg><text>13</text></svg>",
    "<h1></h1>", "<h1> </h1>", "<title></title>", "<frameset>", "<option>o", "<select>",
  ]

  static func mutate(_ page: [UInt8], using random: inout SplitMix64) -> [UInt8] {
    var page = page
    for _ in 0...random.below(3) {
      let n = page.count
      let at = random.below(n + 1)
      switch random.below(9) {
      case 0:  // cut the page short (maybe inside a tag, or a character)
        page.removeSubrange(at...)
      case 1:  // drop a stretch
        page.removeSubrange(at..<min(n, at + random.below(200)))
      case 2, 3:  // put a piece in
        page.insert(contentsOf: Array(pieces[random.below(pieces.count)].utf8), at: at)
      case 4:  // drop one tag
        if let tag = tag(in: page, after: at) { page.removeSubrange(tag) }
      case 5:  // move one tag elsewhere (nesting shuffled)
        if let tag = tag(in: page, after: at) {
          let moved = Array(page[tag])
          page.removeSubrange(tag)
          page.insert(contentsOf: moved, at: random.below(page.count + 1))
        }
      case 6:  // repeat a stretch
        let stretch = Array(page[at..<min(n, at + random.below(300))])
        page.insert(contentsOf: stretch, at: random.below(n + 1))
      case 7:  // something before the first element
        let lead = ["<!-- c -->", "<!DOCTYPE html>", "<?x?>", " \n", "text ", "<p>", "<nav>", "<head>"]
        page.insert(contentsOf: Array(lead[random.below(lead.count)].utf8), at: 0)
      default:  // every end tag of one name goes
        let names = ["p", "li", "div", "head", "title", "h1", "article", "header", "body", "html", "nav"]
        page = removing(Array("</\(names[random.below(names.count)])>".utf8), from: page)
      }
    }
    return page
  }

  /// The first `<…>` starting at or after `start`.
  static func tag(in page: [UInt8], after start: Int) -> Range<Int>? {
    guard let open = page[start...].firstIndex(of: 0x3C),
      let close = page[open...].firstIndex(of: 0x3E)
    else { return nil }
    return open..<(close + 1)
  }

  static func removing(_ needle: [UInt8], from page: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    var i = 0
    while i < page.count {
      if page[i...].starts(with: needle) {
        i += needle.count
      } else {
        out.append(page[i])
        i += 1
      }
    }
    return out
  }

  // MARK: - Hand-made pages

  static let handMade: [String] = [
    "", " ", "x", "<", "<p", "&nbsp;", "<!DOCTYPE html>", "<!-- only -->",
    "<h1>Title 1</h1><p>After</p>",
    "<head><title>T</title></head><body><p>x</p></body>",
    "<html><head><title>T</title><meta name=date content=2020></head><body><p>x</body></html>",
    "<nav>n</nav><p>lost?</p>",
    "<!-- c --><nav>n</nav><p>kept</p>",
    "<!DOCTYPE html><h1>A</h1><p>b</p>",
    "<h1>A</h1><p>b</p><!DOCTYPE html><p>c</p>",
    "<div><p>a</div><!DOCTYPE html><p>b</p>",
    "<article><p>a</p></article><header>h</header><p>c</p>",
    "<p>one<p>two<li>three<li>four",
    "</p></div>stray<p>x</p>",
    "<p>a<br>b<br/>c</p>",
    "<h1>a<p>b</p></h1><h1>c</h1>",
    "<h1> </h1><h1>Second</h1>",
    "<title></title><title>Two</title><p>x</p>",
    "<html><head><title></title><title>Two</title></head><body><p>x</p></body></html>",
    "<html><head><title>a <b>b</b> c</title></head></html>",
    "<time datetime>t</time><time datetime=\"2020\">u</time>",
    "<p>x<script>var a = '<p>'</script>y<style>z</style></p>",
    "<p>a<![CDATA[b]]>c</p>", "<p>a<?pi x?>b</p>", "<?xml version=\"1.0\"?><p>x</p>",
    "<p>a &amp; b &lt; c &bogus; d &#xD800; e &#0;</p>",
    "<p>\u{A0}a\u{2009}\u{202F}b\t\n c </p>",
    String(repeating: "<div>", count: 300) + "<p>deep</p>" + String(repeating: "<span>", count: 300) + "x",
    "<table><tr><td>1<td>2<tr><td>3</table>",
    "<ul><li>a<ul><li>b</ul><li>c</ul>",
    "<p>a<div>b</div>c</p>",
    "<header><h1>H</h1></header><article><header><h1>A</h1></header><p>t</p></article>",
    "<body><body><p>x</p></body></body><body>y",
    "<html><html><p>x</p></html>",
    "<head><meta property=\"og:published_time\" content=\"2020-02-02\"></head><p>x</p>",
    "<p>x</p><head><title>late</title></head>",
    "<meta property=\"\" name=\"date\" content=\"2020\"><p>x</p>",
    "<meta name=\"DATE\" content=\"\u{A0}2020\u{A0}\"><p>x</p>",
    "<frameset><frame src=a></frameset><noframes><p>x</p></noframes>",
    "<select><option>a<option>b</select><p>c</p>",
    "<p>caf\u{E9} \u{20AC}1 \u{2019}q\u{2019}</p>",
  ]
}

/// A small seeded generator, so a failure can be run again.
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (0 when `bound` is 0).
  mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }
}

import Foundation
import Testing

@testable import FactCheckData

/// `ArchiveHTML.extract` reads all the pages of a thread in one kept libxml2 context (reset
/// between pages, its dictionary kept, no read callback once the page is in the parser's buffer).
/// What it makes of a page must not depend on what that context read before: every page here is
/// read in the kept context, after others in varied orders, and in a context of its own (as
/// `htmlReadMemory` reads it), and the two must agree.
@Suite struct ArchiveHTMLContextTests {
  /// Pages that leave odd states behind them: unclosed elements, scripts and comments, stray
  /// bytes, encodings declared or implied, names and attributes in numbers, early stops.
  static let pages: [[UInt8]] = {
    var pages = ArchiveHTMLDifferentialTests.handMade.map { Array($0.utf8) }
    pages += [
      "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u{E9}</title></head><body><p>\u{E9}t\u{E9} \u{20AC}5</p>",
      "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>\u{2019}x\u{2019}</p>",
      "\u{FEFF}<p>after a byte order mark</p>",
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html><body><p>x \u{E9}</p></body></html>",
      "<p>unclosed <b>bold <i>italic <div>block",
      "<script>if (a < b) { document.write('<p>') }",
      "<style>p { color: red }",
      "<!-- a comment that never ends <p>x</p>",
      "<p class=\"x",
      "<p>text &",
      "<p>text &#x1F600; &#128512; &#xD800; &#0; &#x110000; &euro;&nbsp;&copy</p>",
      "<p>a\u{0}b</p>",
      "\u{0}",
      "<textarea><p>not a paragraph</textarea><p>one</p>",
      "<title>only a title",
      "<h1>H\u{E9}adline \u{4E2D}\u{6587}</h1><p>\u{0627}\u{0644}\u{0639}\u{0631}\u{0628}\u{064A}\u{0629} 12</p>",
      "</html></body><p>after the end</p>",
      "<html><body></body></html><p>after the html</p>",
      "<table><caption>c</caption><thead><tr><th>h<tbody><tr><td>1</table>",
    ].map { Array($0.utf8) }
    // Not UTF-8 at all, in several places.
    pages.append(Array("<p>caf".utf8) + [0xE9] + Array(" au lait</p><p>ok \u{E9}</p>".utf8))
    pages.append([0xFF, 0xFE, 0x3C, 0x00, 0x70, 0x00, 0x3E, 0x00])
    pages.append(Array("<h1>".utf8) + [0xC3] + Array("</h1><p>".utf8) + [0xE2, 0x82] + Array("</p>".utf8))
    // Many elements, attributes and names.
    let attributes = (0..<200).map { " a\($0)=\"v\($0)\"" }.joined()
    pages.append(Array("<p\(attributes)>many attributes</p><p>next</p>".utf8))
    let names = (0..<500).map { "<x-name-\($0)>t\($0)</x-name-\($0)>" }.joined()
    pages.append(Array("<article>\(names)</article>".utf8))
    pages.append(Array((String(repeating: "<div><span>", count: 2_000) + "<p>deep</p>").utf8))
    pages.append(Array(String(repeating: "<p>paragraph \u{E9}", count: 3_000).utf8))
    // The sample archive's pages, and mutations of them and of the pages above.
    let sample = (try? ArchiveHTMLDifferentialTests.pages(in: Paths.corpus + "/archive-sample")) ?? []
    var random = SplitMix64(seed: 0x5EED_C0DE)
    for page in pages + sample {
      pages += (0..<3).map { _ in ArchiveHTMLDifferentialTests.mutate(page, using: &random) }
    }
    return pages + sample
  }()

  @Test func keptContextReadsEachPageAsAContextOfItsOwn() {
    var random = SplitMix64(seed: 0xC0_7E47)
    var compared = 0
    for round in 0..<8 {
      var order = Array(Self.pages.indices)
      if round > 0 {
        for i in order.indices.reversed() { order.swapAt(i, random.below(i + 1)) }
      }
      for i in order {
        let page = Self.pages[i]
        let kept = ArchiveHTML.extract(page)
        let own = ArchiveHTML.extract(page, reusingContext: false)
        #expect(kept == own, "page \(i): \(String(decoding: page.prefix(200), as: UTF8.self))")
        compared += 1
      }
    }
    #expect(compared == 8 * Self.pages.count && Self.pages.count > 500)
  }

  /// Pages with thousands of distinct names fill the kept context's dictionary past its bound,
  /// and a new context is made; pages after that read as before.
  @Test func manyNamesRenewTheContext() {
    let plain = Array("<html><head><title>T</title></head><body><h1>H</h1><p>1,234 people</p></body></html>".utf8)
    let expected = ArchiveHTML.extract(plain, reusingContext: false)
    #expect(expected?.title == "H")
    for batch in 0..<12 {
      var page = "<article>"
      for i in 0..<2_000 {
        let name = "element-\(batch)-\(i)-" + String(repeating: "n", count: 20)
        page += "<\(name) attribute-\(batch)-\(i)=1>w\(i) </\(name)>"
      }
      page += "</article>"
      let bytes = Array(page.utf8)
      #expect(ArchiveHTML.extract(bytes) == ArchiveHTML.extract(bytes, reusingContext: false))
      #expect(ArchiveHTML.extract(plain) == expected)
    }
  }

  /// Pages above a megabyte are read in a context of their own; the kept one goes on after.
  @Test func largePagesReadAsBefore() {
    let paragraph = "<p>The council spent \u{A3}1,234,567 on 89 projects in 2021 \u{2013} a rise.</p>\n"
    let large = Array(("<html><body><h1>Large</h1>" + String(repeating: paragraph, count: 15_000)).utf8)
    #expect(large.count > 1 << 20)
    let small = Array("<h1>Small</h1><p>x</p>".utf8)
    let before = ArchiveHTML.extract(small)
    let read = ArchiveHTML.extract(large)
    #expect(read == ArchiveHTML.extract(large, reusingContext: false))
    #expect(read?.title == "Large")
    #expect(ArchiveHTML.extract(small) == before)
  }

  /// Threads keep contexts of their own: pages read on several at once read as alone.
  @Test func threadsReadTheirPagesApart() async {
    let pages = Self.pages
    let expected = pages.map { ArchiveHTML.extract($0, reusingContext: false) }
    let mismatches = await withTaskGroup(of: Int.self) { group in
      for worker in 0..<4 {
        group.addTask {
          var random = SplitMix64(seed: UInt64(worker) + 1)
          var wrong = 0
          for _ in 0..<(pages.count * 3) {
            let i = random.below(pages.count)
            if ArchiveHTML.extract(pages[i]) != expected[i] { wrong += 1 }
          }
          return wrong
        }
      }
      return await group.reduce(0, +)
    }
    #expect(mismatches == 0)
  }
}

import Testing

@testable import FactCheckData

/// What `ArchiveHTML.extract` makes of the structures libxml2 repairs or treats apart. Each
/// expectation is what the tree reading (`TreeHTML`) gives too for the page after a doctype
/// (see `ArchiveHTMLDifferentialTests`), checked alongside, so these pin the behaviour down by
/// name whichever reading runs.
@Suite struct ArchiveHTMLStructureTests {
  struct Case: CustomStringConvertible, Sendable {
    var html: [UInt8]
    var text: String
    var title: String? = nil
    var published: String? = nil
    var description: String { String(decoding: html, as: UTF8.self).debugDescription }

    init(_ html: String, _ text: String, title: String? = nil, published: String? = nil) {
      self.init(Array(html.utf8), text, title: title, published: published)
    }

    init(_ html: [UInt8], _ text: String, title: String? = nil, published: String? = nil) {
      (self.html, self.text, self.title, self.published) = (html, text, title, published)
    }
  }

  static let cases: [Case] = [
    // Paragraphs libxml2 closes or opens itself.
    Case("<p>one<p>two<li>three<li>four", "one\n\ntwo\n\nthree\n\nfour"),
    Case("<table><tr><td>1<td>2<tr><td>3</table>", "1\n\n2\n\n3"),
    Case("<ul><li>a<ul><li>b</ul><li>c</ul>", "a\n\nb\n\nc"),
    Case("<p>a<div>b</div>c</p>", "a\n\nb\n\nc"),
    Case("x", "x"),
    Case("</p></div>stray<p>x</p>", "stray\n\nx"),
    Case("<body><body><p>x</p></body></body><body>y", "x\n\ny"),
    Case("<p>a<br>b<br/>c</p>", "a\n\nb\n\nc"),
    // Entities and space.
    Case("<p>a &amp; b &lt; c &bogus; d &#xD800; e &#0;</p>", "a & b < c &bogus; d e"),
    Case("<p>\u{A0}a\u{2009}\u{202F}b\t\n c&nbsp;</p>", "a b c"),
    Case("<p>caf\u{E9} \u{20AC}1 \u{2019}q\u{2019}</p>", "caf\u{E9} \u{20AC}1 \u{2019}q\u{2019}"),
    // Dropped elements inside blocks, blocks inside dropped elements.
    Case("<p>x<script>var a = '<p>'</script>y<style>z</style></p>", "xy"),
    Case("<div>a<nav><p>n</p></nav>b</div>", "ab"),
    Case("<p>a<![CDATA[b]]>c</p>", "a<![CDATA[b]]>c"),
    Case("<p>a<!-- <p>c</p> -->b<?pi x?>c</p>", "abc"),
    Case("<header>site</header><article><header><h1>A</h1></header><p>t</p></article>", "A\n\nt", title: "A"),
    Case("<!DOCTYPE html><header>site</header><article><header><h1>A</h1></header><p>t</p></article>",
         "A\n\nt", title: "A"),
    // Headline and page title.
    Case("<html><head><title>T</title></head><body><h1>H</h1><p>x</p></body></html>", "H\n\nx", title: "H"),
    Case("<html><head><title> T  1 </title></head><body><p>x</p></body></html>", "T 1\n\nx", title: "T 1"),
    Case("<html><head><title>a <b>b</b> c</title></head></html>", "a b c", title: "a b c"),
    Case("<html><head><title></title><title>Two</title></head><body><p>x</p></body></html>", "x"),
    Case("<!DOCTYPE html><h1> </h1><h1>Second</h1>", "Second", title: "Second"),
    Case("<!DOCTYPE html><h1>a<p>b</p></h1><h1>c</h1>", "a\n\nb\n\nc", title: "a"),
    Case("<!DOCTYPE html><h1>a<span>b</span></h1><h1>c</h1>", "ab\n\nc", title: "ab"),
    // Dates.
    Case("<html><head><meta name=date content=2020></head><body><time datetime=2019>t</time></body></html>",
         "t", published: "2020"),
    Case("<!DOCTYPE html><meta name=\"DATE\" content=\"\u{A0}2020 \"><p>x</p>", "x", published: "2020"),
    Case("<!DOCTYPE html><meta property=\"\" name=\"date\" content=\"2020\"><p>x</p>", "x"),
    Case("<!DOCTYPE html><time datetime>t</time><time datetime=\"2020\">u</time>", "tu", published: ""),
    Case("<!DOCTYPE html><nav><time datetime=2019></time></nav><time datetime=' 2020 '></time>", "",
         published: "2020"),
    // Top-level elements are siblings, doctype or not. (libxml2's tree builder made every later
    // one a child of the first when no doctype or comment came first: a fragment opening on
    // <nav> lost its body, one opening on <h1> had its body read into the headline.)
    Case("<h1>Title 1</h1><p>After</p>", "Title 1\n\nAfter", title: "Title 1"),
    Case("<nav>n</nav><p>kept</p>", "kept"),
    Case("<!-- c --><nav>n</nav><p>kept</p>", "kept"),
    Case("<h1>A</h1><p>b</p><!DOCTYPE html><p>c</p>", "A\n\nb\n\nc", title: "A"),
    Case("<h1>A</h1><div>b<!DOCTYPE html>c</div><p>d</p>", "A\n\nbc\n\nd", title: "A"),
    Case("<head><meta property=\"og:published_time\" content=\"2020-02-02\"></head><p>x</p>", "x",
         published: "2020-02-02"),
    // A <head> after the body is no head: libxml2 drops the tag, and its title is text.
    Case("<p>x</p><head><title>late</title></head>", "x\n\nlate"),
    // Nesting far beyond libxml2's usual limit of 256.
    Case(String(repeating: "<div>", count: 300) + "<p>deep</p>" + String(repeating: "<span>", count: 300) + "x",
         "deep\n\nx"),
    // Bytes that are not UTF-8 are repaired per text node: a tag libxml2 ignores leaves the two
    // halves of a character in one node; a comment splits them.
    Case([0x3C, 0x70, 0x3E, 0x61, 0xE2] + Array("</title>".utf8) + [0x80, 0x89, 0x62], "a b"),
    Case([0x3C, 0x70, 0x3E, 0x61, 0xE2] + Array("<!---->".utf8) + [0x80, 0x89, 0x62],
         "a\u{FFFD}\u{FFFD}\u{FFFD}b"),
  ]

  @Test(arguments: cases)
  func extracts(_ c: Case) throws {
    let page = try #require(ArchiveHTML.extract(c.html))
    #expect(page.text == c.text)
    #expect(page.title == c.title)
    #expect(page.published == c.published)
    #expect(ArchiveHTMLDifferentialTests.treeReading(c.html) == page)
  }

  @Test func noBytesNoPage() {
    #expect(ArchiveHTML.extract([]) == nil)
    #expect(TreeHTML.extract([]) == nil)
  }
}

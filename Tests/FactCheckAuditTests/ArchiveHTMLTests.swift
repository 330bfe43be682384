import FactCheckData
import Testing

@Suite struct ArchiveHTMLTests {
  func extract(_ html: String) throws -> ArchiveHTML.Extracted {
    try #require(ArchiveHTML.extract(Array(html.utf8)))
  }

  @Test func entitiesBecomeTextNotNothing() throws {
    let page = try extract("<p>Almost&nbsp;1,600 offenders cost &pound;5m, or &#49;&#44;596 in all.</p>")
    #expect(page.text == "Almost 1,600 offenders cost £5m, or 1,596 in all.")
  }

  @Test func unclosedParagraphsAreParagraphs() throws {
    let page = try extract("<body><p>First 12 offenders.<p>Second 34 offenders.<p>Third</body>")
    #expect(page.text == "First 12 offenders.\n\nSecond 34 offenders.\n\nThird")
  }

  @Test func scriptsStylesAndBoilerplateAreDropped() throws {
    let page = try extract("""
      <html><head><style>p { width: 300px }</style><script>var n = 1234;</script></head>
      <body><nav>Top 10</nav><header>Site 99</header><article><header><h1>Head 1,596</h1></header>
      <p>Body <script>document.write(77)</script>text</p><aside>Most read 5</aside></article>
      <footer>&copy; 2020</footer></body></html>
      """)
    #expect(page.text == "Head 1,596\n\nBody text")
    #expect(page.title == "Head 1,596")
  }

  @Test func metaDateWinsOverTimeElement() throws {
    let page = try extract("""
      <html><head><meta property="article:published_time" content="2020-11-05T09:30:00Z"></head>
      <body><time datetime="2019-01-01">then</time><p>x</p></body></html>
      """)
    #expect(page.published == "2020-11-05T09:30:00Z")
  }

  @Test func timeElementGivesTheDateWithoutMeta() throws {
    let page = try extract("<article><time datetime=\"2021-11-02\">2 Nov</time><p>x</p></article>")
    #expect(page.published == "2021-11-02")
  }

  @Test func pageTitleLeadsWhenThereIsNoHeadline() throws {
    let page = try extract("<html><head><title>Essex: 1,596 offenders</title></head><body><p>Body</p></body></html>")
    #expect(page.text == "Essex: 1,596 offenders\n\nBody")
  }

  @Test func invalidUTF8IsAFailureNotAPage() {
    let item = ArchiveItem(index: 0, name: "bad.html", format: .html, bytes: .success([0x3C, 0x70, 0x3E, 0xFF]))
    guard case .failure(let f) = ArchiveArticle.read(item) else {
      Issue.record("expected a failure")
      return
    }
    #expect(f.kind == .invalidUTF8)
    #expect(f.offset == 3)
  }
}

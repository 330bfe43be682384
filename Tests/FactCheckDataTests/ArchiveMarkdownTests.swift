import FactCheckCore
import Testing

@testable import FactCheckData

/// A Markdown article's document is its bytes with the front matter blanked, read without
/// making a String of them: the front matter read from the bytes is the one read from the
/// text, and the document's bytes are the blanked file's.
@Suite struct ArchiveMarkdownTests {
  static let blocks = [
    "---\ndate: 2020-11-05\ntitle: T\n---\n", "---\r\ndate: 2020-11-05\r\n---\r\n",
    "\u{FEFF}---\ndate: 2020-11-05\n---\n", "---\ntitle: Caf\u{E9} \u{2013} \u{20AC}1\n...\n",
    "---\ndate: 2020\n---", "---\nnot closed\n", "no block\n", "",
  ]
  static let bodies = ["", "Body 1,596.\n", "\u{E9}t\u{E9} \u{1F600}\n", "\u{301}accent first\n", "\n\n---\nx: y\n---\n"]

  @Test(arguments: blocks)
  func blankedAsTheWholeFileWouldBe(_ block: String) throws {
    var compared = 0
    for body in Self.bodies {
      let bytes = Array((block + body).utf8)
      let text = String(decoding: bytes, as: UTF8.self)
      guard let front = FrontMatter.parse(text) else { continue }
      #expect(FrontMatter.parse(bytes) == front, "\((block + body).debugDescription)")
      let article = try ArchiveArticle.markdown(bytes, name: "a.md")
      #expect(article.document.utf8 == front.blanking(bytes), "\((block + body).debugDescription)")
      #expect(article.document.text == String(decoding: front.blanking(bytes), as: UTF8.self))
      // Blanking written out: every byte of the block but LF and CR becomes a space.
      let spelled = bytes.indices.map { i in
        front.range.start <= i && i < front.range.end && bytes[i] != 0x0A && bytes[i] != 0x0D ? 0x20 : bytes[i]
      }
      #expect(front.blanking(bytes) == spelled, "\((block + body).debugDescription)")
      compared += 1
    }
    if block.hasSuffix("---\n") || block.hasSuffix("---\r\n") || block.hasSuffix("...\n") { #expect(compared == Self.bodies.count) }
  }

  /// A plain-text article's front matter is read and blanked as `check` reads it: a header
  /// block gives the date and area; a text without one keeps the date in its file name.
  @Test func plainTextReadsItsHeaderBlock() throws {
    let text = "published: 2023-10-27\narea: South Yorkshire\n\nAmong them, 16 were recalled.\n"
    let article = try ArchiveArticle.plain(Array(text.utf8), name: "2020-01-02-a.txt")
    #expect(article.published == "2023-10-27")
    #expect(article.area == "South Yorkshire")
    #expect(article.document.utf8.count == text.utf8.count)
    #expect(!article.document.text.contains("2023"))
    // A date field that is not a date leaves the file name's date in place.
    let unread = "published: 2 January 2020\narea: Kent\n\nAmong them, 16.\n"
    #expect(try ArchiveArticle.plain(Array(unread.utf8), name: "2020-01-02-a.txt").published == "2020-01-02")
    let markdown = "---\ndate: soon\npublished: 2020-03-04\n---\nAmong them, 16.\n"
    #expect(try ArchiveArticle.markdown(Array(markdown.utf8), name: "2020-01-02-a.md").published == "2020-03-04")
    let bare = try ArchiveArticle.plain(Array("Among them, 16.\n".utf8), name: "2020-01-02-a.txt")
    #expect(bare.published == "2020-01-02")
    #expect(bare.area == nil)
    #expect(bare.document.text == "Among them, 16.\n")
  }
}

import FactCheckCore
import Testing

@testable import FactCheckData

/// `ArchiveArticle.blanking` decodes only the front matter again and copies the rest of the
/// text; blanking the whole file's bytes and decoding them is the reference.
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
      let expected = String(decoding: front.blanking(bytes), as: UTF8.self)
      let blanked = ArchiveArticle.blanking(front, in: text, bytes)
      #expect(Array(blanked.utf8) == Array(expected.utf8), "\((block + body).debugDescription)")
      let article = try ArchiveArticle.markdown(bytes, name: "a.md")
      #expect(Array(article.document.text.utf8) == Array(expected.utf8))
      compared += 1
    }
    if block.hasSuffix("---\n") || block.hasSuffix("---\r\n") || block.hasSuffix("...\n") { #expect(compared == Self.bodies.count) }
  }
}

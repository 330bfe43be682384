@testable import FactCheckData
import Testing

@Suite struct ArchiveFormatTests {
  /// The byte-level reading of a directory entry's name gives what NSString's path extension
  /// gives, odd names included.
  @Test func namesAreReadAsTheirPathsAre() {
    let stems = ["a", "a b", "100%", "caf\u{e9}", "cafe\u{301}", "", ".", "..", "x.", "a.b", "~", "\u{212A}", "tab\t"]
    let extensions = [
      "txt", "TXT", "tXt", "text", "md", "Md", "markdown", "MARKDOWN", "mar\u{212A}down", "html", "htm",
      "xhtml", "jsonl", "JsonL", "ndjson", "json", "txt ", "", "bak", "pdf", "md.bak", "html\u{301}",
    ]
    for stem in stems {
      for ext in extensions {
        for name in [stem + "." + ext, stem + ext, "." + ext, stem + ".." + ext] where !name.isEmpty {
          #expect(ArchiveFormat.of(name: name) == ArchiveFormat.of(path: "/dir/" + name), "\(name.debugDescription)")
        }
      }
    }
  }
}

import FactCheckCore
import Testing

@testable import FactCheckCI

@Suite struct SuppressionsTests {
  @Test func nextLineSameLineAndFrontMatter() throws {
    let text = """
      ---
      date: 2020-11-05
      factcheck-ignore: quoted from the 2019 press release
      ---
      <!-- factcheck-ignore: the council's own count, 2,000 -->

      There were 1,569 offenders.
      Rates rose 12 per cent. <!-- factcheck-ignore-line: as reported -->
      <!-- factcheck-ignore -->
      <!-- an ordinary comment -->
      """
    let doc = Document(name: "a.md", text: text)
    let (s, blanked) = SuppressionScanner.scan(doc, frontMatter: FrontMatter.parse(doc))
    #expect(s.count == 4)
    #expect(s[0].scope == .file && s[0].reason == "quoted from the 2019 press release" && s[0].line == 3)
    #expect(s[1].scope == .nextLine && s[1].line == 5 && s[1].target == 7)
    #expect(s[1].reason == "the council's own count, 2,000")
    #expect(s[2].scope == .line && s[2].target == 8 && s[2].reason == "as reported")
    #expect(s[3].reason == nil && s[3].target == nil)
    // Comments are blanked byte for byte; the ordinary comment stays.
    #expect(blanked.utf8.count == doc.utf8.count)
    #expect(!blanked.text.contains("2,000") && blanked.text.contains("an ordinary comment"))
    #expect(blanked.text.contains("There were 1,569 offenders."))
  }

  @Test(arguments: [
    ("factcheck-ignore", nil), ("factcheck-ignore:", nil), ("factcheck-ignore:   ", nil),
    ("factcheck-ignore: ok", "ok"), ("factcheck-ignore-line: ok ", "ok"),
  ] as [(String, String?)])
  func reasons(_ inner: String, _ reason: String?) throws {
    let (_, r) = try #require(SuppressionScanner.directive(" \(inner) "))
    #expect(r == reason)
  }

  @Test func otherCommentsAreNotDirectives() {
    #expect(SuppressionScanner.directive(" factcheck-ignored ") == nil)
    #expect(SuppressionScanner.directive(" todo: check ") == nil)
  }
}

@Suite struct GlobTests {
  @Test(arguments: [
    ("drafts/**", "drafts/a.md", true), ("drafts/**", "drafts/x/y.md", true),
    ("drafts/**", "news/drafts/a.md", false), ("*.draft.md", "news/x.draft.md", true),
    ("news/*.md", "news/a.md", true), ("news/*.md", "news/sub/a.md", false),
    ("**/archive/*", "a/b/archive/c.md", true), ("news/?.md", "news/ab.md", false),
    ("archive/", "archive/2019/a.md", true),
  ])
  func glob(_ pattern: String, _ path: String, _ expected: Bool) {
    #expect(Glob(pattern).matches(path) == expected)
  }
}

@Suite struct ChangedLinesTests {
  @Test func parsesHunks() {
    let diff = """
      diff --git a/news/a.md b/news/a.md
      --- a/news/a.md
      +++ b/news/a.md
      @@ -3 +3 @@ title
      -old
      +new
      @@ -10,0 +11,2 @@
      +x
      +y
      @@ -20,2 +21,0 @@
      -gone
      diff --git a/old.md b/old.md
      --- a/old.md
      +++ /dev/null
      @@ -1 +0,0 @@
      -bye
      """
    let files = ChangedLines.parse(diff: diff, root: "/repo")
    #expect(files.count == 1)
    #expect(ChangedLines(files: files).change(of: "/repo/news/a.md") == .lines([3, 11, 12]))
  }
}

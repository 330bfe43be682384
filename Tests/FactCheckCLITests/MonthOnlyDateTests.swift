import Foundation
import Testing

/// A front matter date with a month but no day ("published: 2020-11") is read as the month's
/// first day, and every output says the day was assumed.
@Suite struct MonthOnlyDateTests {
  static let article = """
    ---
    published: 2020-11 (day not known)
    ---
    There were 1,596 registered sex offenders in Essex in 2019-20, Ministry of Justice figures show.

    """

  func withArticle(_ text: String = article, _ body: (URL) throws -> Void) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("month-date-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("story.md")
    try Data(text.utf8).write(to: file)
    try body(file)
  }

  @Test func checkSaysTheDayWasAssumedAndChecksAsOfTheFirst() throws {
    try withArticle { file in
      let text = try BinaryRunner.run(["check", file.path])
      #expect(text.status == 0, "\(text.stdout)\(text.stderr)")
      #expect(text.stdout.contains("note: publication date gives no day (2020-11); judged as of 2020-11-01"))
      #expect(text.stdout.contains("0 contradicted, 0 unverifiable, 1 supported"), "\(text.stdout)")
      let json = try BinaryRunner.run(["check", file.path, "--format", "json"])
      let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
      let document = try #require((object?["documents"] as? [[String: Any]])?.first)
      #expect(document["published"] as? String == "2020-11-01")
      #expect(document["published_assumed"] as? Bool == false)
      #expect(document["published_day_assumed"] as? Bool == true)
    }
  }

  /// October 2025 read as its first day is before the 2024-25 release (30 October): the claim
  /// is unverifiable, and the message gives the date it was judged on.
  @Test func aReleaseLaterInTheMonthIsNotTakenAsKnown() throws {
    let text = "---\npublished: 2025-10\n---\nThere were 1,800 registered sex offenders in Essex in 2024-25.\n"
    try withArticle(text) { file in
      let r = try BinaryRunner.run(["check", file.path])
      #expect(r.stdout.contains("cannot verify '1,800': 2024-25 figures were not published until 2025-10-30, after the article's date (2025-10-01)"), "\(r.stdout)")
    }
  }

  /// The 2019-20 release came out on 29 October 2020. In a story dated only "2020-10", a
  /// figure with no year of its own is 2018-19's as of the 1st and 2019-20's as of the 31st:
  /// right by one, wrong by the other, so unverifiable, never contradicted. A figure wrong
  /// both ways stays contradicted.
  @Test func aVerdictTheDayWouldChangeIsUnverifiable() throws {
    let text = "---\npublished: 2020-10\n---\nThere were 62,435 registered sex offenders living in England and Wales, new figures show.\n\nIn Essex there were 1,101 registered sex offenders, the figures show.\n"
    try withArticle(text) { file in
      let r = try BinaryRunner.run(["check", file.path])
      #expect(r.stdout.contains("cannot verify '62,435': the article is dated only 2020-10, and the day decides: as of 2020-10-01 this is contradicted, as of 2020-10-31 supported"), "\(r.stdout)")
      #expect(r.stdout.contains("error: '1,101' should be"), "\(r.stdout)")
      // Wrong against either day's figure: the other day's is given too.
      #expect(r.stdout.contains("note: the article is dated only 2020-10: as of 2020-10-31 the official figure is 1,596 (2019-20)"), "\(r.stdout)")
      #expect(r.stdout.contains("1 contradicted, 1 unverifiable, 0 supported"), "\(r.stdout)")
      #expect(r.status == 1)
    }
  }

  /// "2017-10/11": October or November. The 2016-17 release came out on 26 October 2017, so
  /// the figure is unverifiable (the day decides), and the note names both days used.
  @Test func aRangeOfMonthsIsCheckedAsOfItsLastDay() throws {
    let text = "---\npublished: 2017-10/11 (inferred)\n---\nThere were 55,236 registered sex offenders living in England and Wales, new figures show.\n"
    try withArticle(text) { file in
      let r = try BinaryRunner.run(["check", file.path])
      #expect(r.stdout.contains("note: publication date gives no day (2017-10/11); judged as of 2017-10-01 and as of 2017-11-30 where that changes a verdict"), "\(r.stdout)")
      #expect(r.stdout.contains("the article is dated only 2017-10/11, and the day decides: as of 2017-10-01 this is contradicted, as of 2017-11-30 supported"), "\(r.stdout)")
    }
  }

  /// A configured `date_key` is read the same way.
  @Test func aConfiguredDateKeyIsReadTheSameWay() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("month-date-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("date_key: pubdate\n".utf8).write(to: dir.appendingPathComponent(".factcheck.yml"))
    let text = Self.article.replacingOccurrences(of: "published: 2020-11 (day not known)", with: "pubdate: 2020-11")
    try Data(text.utf8).write(to: dir.appendingPathComponent("story.md"))
    let r = try BinaryRunner.run(["check", dir.appendingPathComponent("story.md").path])
    #expect(r.stdout.contains("note: publication date gives no day (2020-11); judged as of 2020-11-01"), "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("0 contradicted, 0 unverifiable, 1 supported"), "\(r.stdout)")
  }

  @Test func auditLinesSayItToo() throws {
    try withArticle { file in
      let r = try BinaryRunner.run(["audit", file.deletingLastPathComponent().path, "--jobs", "1"])
      #expect(r.status == 0, "\(r.stderr)")
      let line = try #require(r.stdout.split(separator: "\n").first)
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(object?["published"] as? String == "2020-11-01")
      #expect(object?["published_day_assumed"] as? Bool == true)
    }
  }
}

@testable import FactCheckCore
import Testing

@Suite struct FrontMatterTests {
  @Test func readsDateAndAreaAndBlanksTheBlock() throws {
    let text = "---\ntitle: \"Kent: the figures\"\ndate: 2021-11-04T07:00:00Z\narea: Kent\n---\nBody 12.\n"
    let doc = Document(name: "a.md", text: text)
    let front = try #require(FrontMatter.parse(doc))
    #expect(front.date == CalendarDate(year: 2021, month: 11, day: 4))
    #expect(front.area == "Kent")
    #expect(front.fields["title"] == "Kent: the figures")
    let blanked = front.blanked(doc)
    #expect(blanked.utf8.count == doc.utf8.count)
    #expect(!blanked.text.contains("2021"))
    #expect(blanked.text.hasSuffix("Body 12.\n"))
    // Offsets after the block are unchanged: "12" is at the same byte in both.
    let at = doc.text.utf8.count - 4
    #expect(blanked.slice(SourceRange(start: at, end: at + 2)) == "12")
  }

  /// Openings the line-by-line reader must accept as the whole-text split did: a BOM, spaces
  /// around the delimiter, a "..." close, lines without a colon, a value in single quotes.
  @Test func readsBlocksWithLooseDelimiters() throws {
    let text = "\u{FEFF}---  \nno colon here\n  area:  'Essex'\ndate: 2020-11-05\n ... \nBody.\n"
    let doc = Document(text: text)
    let front = try #require(FrontMatter.parse(doc))
    #expect(front.area == "Essex")
    #expect(front.date == CalendarDate(year: 2020, month: 11, day: 5))
    #expect(front.fields.count == 2)
    #expect(front.range == SourceRange(start: 0, end: text.utf8.count - "Body.\n".utf8.count))
  }

  /// A file saved with Windows line ends: the block is read and blanked like any other.
  @Test func readsBlocksWithCRLFLineEnds() throws {
    let text = "---\r\ndate: 2020-11-05\r\narea: Essex\r\n---\r\nThere were 1,596 offenders.\r\n"
    let doc = Document(text: text)
    let front = try #require(FrontMatter.parse(doc))
    #expect(front.area == "Essex")
    #expect(front.date == CalendarDate(year: 2020, month: 11, day: 5))
    #expect(front.range == SourceRange(start: 0, end: text.utf8.count - "There were 1,596 offenders.\r\n".utf8.count))
    let blanked = front.blanked(doc)
    #expect(!blanked.text.contains("2020"))
    #expect(blanked.text.hasSuffix("There were 1,596 offenders.\r\n"))
  }

  @Test(arguments: ["No front matter here.\n", "---\nnever closed: yes\n", "", "---", "----\na: b\n---\n",
                    "--- x\na: b\n---\n", "text\n---\na: b\n---\n"])
  func noBlock(_ text: String) {
    #expect(FrontMatter.parse(Document(text: text)) == nil)
  }

  /// A header block without `---` (a newsroom export, MultiMarkdown metadata): read when it
  /// names a date or area, ended by a blank line, and blanked so that its date is not a claim.
  @Test func readsAHeaderBlockWithoutDelimiters() throws {
    let header = "url: https://example.com/a-b?x=1\npublisher: The Gazette\npublished: 2023-10-27\n"
      + "area: South Yorkshire\ndata_year: 2022-23\n\n"
    let text = header + "Headline\n\nSome 1,037 offenders were recalled.\n"
    let doc = Document(name: "a.txt", text: text)
    let front = try #require(FrontMatter.parse(doc))
    #expect(front.date == CalendarDate(year: 2023, month: 10, day: 27))
    #expect(front.area == "South Yorkshire")
    #expect(front.fields["url"] == "https://example.com/a-b?x=1")
    #expect(front.fields["data_year"] == "2022-23")
    #expect(front.range == SourceRange(start: 0, end: header.utf8.count))
    let blanked = front.blanked(doc).text
    #expect(!blanked.contains("27") && !blanked.contains("2022"))
    #expect(blanked.hasSuffix("Headline\n\nSome 1,037 offenders were recalled.\n"))
    // With a byte order mark, Windows line ends and a value outside ASCII.
    let windows = "\u{FEFF}title: Caf\u{E9}\r\ndate: 2021-03-31\r\n\r\nBody 12.\r\n"
    let read = try #require(FrontMatter.parse(Document(text: windows)))
    #expect(read.date == CalendarDate(year: 2021, month: 3, day: 31))
    #expect(read.fields["title"] == "Caf\u{E9}")
    #expect(FrontMatter.parse(Array(windows.utf8)) == read)
  }

  /// A date field that cannot be read is kept for the note; a readable one is not.
  @Test func unreadDateIsTheFieldThatIsNotADate() throws {
    let unread = try #require(FrontMatter.parse("published: November 2020 (inferred)\narea: Essex\n\nBody.\n"))
    #expect(unread.date == nil)
    #expect(unread.unreadDate == "November 2020 (inferred)")
    let read = try #require(FrontMatter.parse("---\ndate: 2020-11-05\n---\nBody.\n"))
    #expect(read.unreadDate == nil)
    #expect(read.dateDayGiven)
    // A month without a day is read, as its first day, and said to lack the day.
    let month = try #require(FrontMatter.parse("published: 2020-11 (inferred)\narea: Essex\n\nBody.\n"))
    #expect(month.date == CalendarDate(year: 2020, month: 11, day: 1))
    #expect(!month.dateDayGiven)
    #expect(month.unreadDate == nil)
    let none = try #require(FrontMatter.parse("---\narea: Essex\n---\nBody.\n"))
    #expect(none.unreadDate == nil)
    // The first field that reads as a date gives it.
    let later = try #require(FrontMatter.parse("---\ndate: soon\npublished: 2020-03-04\n---\nBody.\n"))
    #expect(later.date == CalendarDate(year: 2020, month: 3, day: 4))
    #expect(later.dateText == "2020-03-04")
    #expect(later.unreadDate == nil)
  }

  /// Header keys are case-insensitive, as in MultiMarkdown, and kept in lower case.
  @Test func headerKeysInAnyCase() throws {
    let front = try #require(FrontMatter.parse("Title: Kent 2020\nDate: 2020-11-05\nAREA: Kent\nPublishDate: x\n\nBody 12.\n"))
    #expect(front.date == CalendarDate(year: 2020, month: 11, day: 5))
    #expect(front.area == "Kent")
    #expect(front.fields["title"] == "Kent 2020")
    #expect(front.fields["publishDate"] == "x")
  }

  /// Openings that look like a header block but are text stay text.
  @Test(arguments: [
    "Update: police said 3 people were hurt.\n\nBody 12.\n",  // no key this tool reads
    "published: 2023-10-27\nPolice said 3 people were hurt.\n\nBody.\n",  // a line of prose
    "area: Kent\ndate: 2021-11-04\n",  // nothing but the block: no blank line ends it
    "Published date: 2023-10-27\n\nBody.\n",  // a key of two words
    " area: Kent\n\nBody.\n",  // indented
    "2023-10-27: area\n\nBody.\n",  // a key that does not start with a letter
    "a-very-long-key-of-more-than-32-bytes: x\narea: Kent\n\nBody.\n",
    "\narea: Kent\n\nBody.\n",  // a blank line first
    "area: Essex\noffenders: 1,596 in 2019-20\n\nBody.\n",  // a fact box: a number under another key
  ])
  func textThatOnlyLooksLikeAHeaderStaysText(_ text: String) {
    #expect(FrontMatter.parse(text) == nil)
    #expect(FrontMatter.parse(Array(text.utf8)) == nil)
    #expect(FrontMatter.parseCharacters(text) == nil)
  }

  /// The byte reading of ASCII blocks gives what the Character reading gives, on random
  /// blocks built from delimiters, keys, quotes, colons, tabs, CRs and stray text (a non-ASCII
  /// piece sends both through the Character reading).
  @Test func byteReadingMatchesCharacterReading() {
    let pieces = [
      "---", "...", "date: 2020-11-05", "area: 'Essex'", " key :  \"v\" ", "\r", "\t", ":", "x",
      "\"", "'", " ", "\n", "\n", "\n", "title: \"A: b\"", "é", "- item", "---  ", "\r\n", "a:",
      "--", "----", "..", "....", "-.-", ".--", "--.", " ---", "---\r",
      // Runs longer than the eight-byte words the lines are first read in.
      "title: a value longer than a word", "abcdefghijklmnopq", "ééééééééé", "\u{FEFF}",
      "        ", "\t\t\t\t\t\t\t\t\t",
    ]
    var random = SystemRandomNumberGenerator()
    for _ in 0..<5_000 {
      var text = Bool.random(using: &random) ? "---\n" : ""
      for _ in 0..<Int.random(in: 0...14, using: &random) {
        text += pieces.randomElement(using: &random)!
      }
      let fast = FrontMatter.parse(text)
      let plain = FrontMatter.parseCharacters(text)
      #expect(fast == plain, "\(text.debugDescription)")
    }
  }

  /// Lines are first read eight bytes at a time: a header line's end is found wherever its LF
  /// falls among those words, after ASCII or other bytes, in a block or in a first paragraph.
  @Test func headerLinesEndWhereverTheirLineBreakFalls() throws {
    for length in 0..<40 {
      for filler in ["x", "é", " "] {
        let value = String(repeating: filler, count: length)
        let text = "area: " + value + "\npublished: 2023-10-27\n\nBody text.\n"
        let matter = try #require(FrontMatter.parse(text), "\(length) \(filler)")
        #expect(matter.fields["area"] == value.trimmingCharacters(in: [" "]))
        #expect(matter.range.end == text.utf8.count - "Body text.\n".utf8.count)
        #expect(FrontMatter.parse(Array(text.utf8)) == matter)
        // A first line that is a paragraph, not a key: no block, however long the line.
        let prose = "Police said " + value + ": area unknown\narea: Essex\n\nBody.\n"
        #expect(FrontMatter.parse(prose) == nil)
        let dashed = "---\narea: " + value + "\n---\nBody.\n"
        let block = try #require(FrontMatter.parse(dashed))
        #expect(block.fields["area"] == value.trimmingCharacters(in: [" "]))
        #expect(block.range.end == dashed.utf8.count - "Body.\n".utf8.count)
      }
    }
  }
}


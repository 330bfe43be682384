@testable import FactCheckData
import Foundation
import Testing

/// The strict JSON line reader must agree with `JSONDecoder` on every line it accepts, and
/// accept the lines archives are made of.
@Suite struct ArchiveJSONLineTests {
  typealias Fields = [String?]

  static func fields(_ line: ArchiveArticle.JSONLine) -> Fields {
    [line.id, line.url, line.published, line.title, line.text.map { String(decoding: $0, as: UTF8.self) },
     line.html.map { String(decoding: $0, as: UTF8.self) }, line.area]
  }

  /// The fast reader's fields, or nil when it leaves the line to `JSONDecoder`; fails the test
  /// when `JSONDecoder` disagrees with what it read.
  @discardableResult
  static func agree(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Fields? {
    let bytes = Array(text.utf8)
    guard let fast = ArchiveJSONLine.parse(bytes) else { return nil }
    let slow = try? JSONDecoder().decode(ArchiveArticle.JSONLine.self, from: Data(bytes))
    #expect(slow.map(fields) == fields(fast), "\(text)", sourceLocation: sourceLocation)
    return fields(fast)
  }

  @Test func ordinaryLinesAreReadWithoutJSONDecoder() {
    let line = #"{"id": 12, "url": "http://x/1", "published": "2020-01-02", "title": "T \u00e9 \ud83d\ude00", "text": "In Essex 1,596.\nMore \"quoted\" \/ text", "area": null, "extra": [1, -2.5e+3, {"a": true, "b": false}], "n": 0}"#
    #expect(Self.agree(line) == ["12", "http://x/1", "2020-01-02", "T é 😀", "In Essex 1,596.\nMore \"quoted\" / text", nil, nil])
    #expect(Self.agree(#"{"id":"a\u0000b","html":"<p>x</p>"}"#) == ["a\0b", nil, nil, nil, nil, "<p>x</p>", nil])
    #expect(Self.agree(#" { } "#) == [nil, nil, nil, nil, nil, nil, nil])
    #expect(Self.agree(#"{"id": -9223372036854775808, "t\u0065xt": "escaped key"}"#)?[0] == "-9223372036854775808")
    #expect(Self.agree("{\"text\": \"caf\u{e9} \u{7f}\"}\r")?[4] == "café \u{7f}")
  }

  @Test func doubtfulLinesAreLeftToJSONDecoder() {
    let lines = [
      #"{"text":"a","text":"b"}"#, #"{"id":-0}"#, #"{"id":1e2}"#, #"{"id":1.0}"#, #"{"id":1.5}"#,
      #"{"id":99999999999999999999}"#, #"{"id":true}"#, #"{"id":00}"#, #"{"text":"\ud800"}"#,
      #"{"x":"\udc00","text":"a"}"#, #"{"text":"\ud83dx"}"#, #"{"x":"\q","text":"a"}"#,
      #"{"x":01,"text":"a"}"#, #"{"x":[1,],"text":"a"}"#, #"{"text":"a",}"#, #"{"x":1.,"text":"a"}"#,
      #"{"x":1e,"text":"a"}"#, #"{"x":-,"text":"a"}"#, #"{"x":tru,"text":"a"}"#, #"{"x":NaN}"#,
      #"{"text":"a"}x"#, "{\"text\":\"a\"}\u{0C}", "\u{FEFF}{\"text\":\"a\"}", "{\"text\":\"a\tb\"}",
      #"[1,2]"#, #""text""#, #"{"text":1}"#, #"{"x":"#, #"{"#, "",
      String(repeating: "[", count: 40) + String(repeating: "]", count: 40),
      #"{"x":"# + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "}",
    ]
    for line in lines { #expect(Self.agree(line) == nil, "\(line)") }
  }

  /// Random edits of valid lines: whatever the reader accepts, `JSONDecoder` reads the same.
  @Test func mutatedLinesAgreeWithJSONDecoder() {
    let seeds = [
      #"{"id": 12, "url": "u", "title": "T \u00e9\ud83d\ude00", "text": "a \"b\" \\ c", "extra": [1, -2.5e+3, {"a": true}], "area": null}"#,
      #"{"id": "x-1", "html": "<p>\u00a01,596</p>", "published": "2020-11-05", "n": [[], {}, 0, 0.5e-1]}"#,
      // Long strings, read eight bytes at a time: escapes, quotes and non-ASCII at every offset.
      #"{"title": "Surrey figures: caf\u00e9 \"1,476\" – ok", "text": "There were 1,476 offenders\nliving in Surrey — on 31 March \\ 2022 ‘quoted’ \/ more words here", "html": "<p>Long page text “with” a few escapes\t\r\n and ünïcödé bytes</p><p>again and again</p>", "xtra": "another long string without any escape at all in it"}"#,
    ]
    let alphabet = Array(#"{}[]:,"\ u0123456789abcdefABCDEF.eE+-ntrufalsdxq"#.utf8) + [0x09, 0x0A, 0x0D, 0x01]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func random(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    var accepted = 0
    for round in 0..<20_000 {
      var bytes = Array(seeds[round % seeds.count].utf8)
      for _ in 0..<(1 + random(3)) {
        let at = random(bytes.count)
        switch random(3) {
        case 0: bytes.remove(at: at)
        case 1: bytes.insert(alphabet[random(alphabet.count)], at: at)
        default: bytes[at] = alphabet[random(alphabet.count)]
        }
      }
      guard let text = String(validating: bytes, as: UTF8.self) else { continue }
      if Self.agree(text) != nil { accepted += 1 }
    }
    #expect(accepted > 1_000)
  }
}

extension ArchiveJSONLineTests {
  /// Strings are skipped sixteen and eight bytes at a time: an escape, a quote or a raw control
  /// byte at every place of every length to 40 is still seen (a raw control byte leaves the
  /// line to `JSONDecoder`, which rejects it too).
  @Test func specialsAtEveryPlaceOfEveryLength() {
    for length in 0..<40 {
      for special in [#"\""#, #"\\"#, #"\n"#, #"\u00e9"#, "\u{01}", "é", "\u{7F}"] {
        for place in 0...length {
          let text = String(repeating: "a", count: place) + special + String(repeating: "z", count: length - place)
          let line = #"{"title": "t", "text": ""# + text + #""}"#
          let read = Self.agree(line)
          #expect((read == nil) == (special == "\u{01}"), "\(line.debugDescription)")
        }
      }
    }
  }
}

/// `holdsSpecial` tests eight bytes at once; a byte-by-byte look is the reference.
@Suite struct JSONStringScanTests {
  @Test func wordTestAgreesWithBytes() {
    let interesting: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x61, 0x7F, 0x80, 0xA2, 0xDC, 0xFF]
    var random = SystemRandomNumberGenerator()
    for _ in 0..<50_000 {
      let bytes = (0..<8).map { _ in
        Bool.random(using: &random) ? interesting.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
      }
      let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
      let special = bytes.contains { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }
      #expect(ArchiveJSONLine.holdsSpecial(word) == special, "\(bytes)")
    }
  }
}

extension ArchiveJSONLineTests {
  /// A line's `text` is kept as bytes: the article's text must be what joining the decoded
  /// Strings made (`title`, a blank line, `text`), for lines the fast reader reads and lines it
  /// leaves to `JSONDecoder` alike.
  @Test func articleTextIsTheTitleAndTheTextJoined() throws {
    let titles: [String?] = [nil, "", "T", "Caf\u{E9} \u{1F600}", "a\nb", "\u{0}"]
    let texts = ["", "x", "In Essex 1,596.\nMore", "\u{E9}\u{20AC}\u{2019} \u{A0}", "tab\there", "nul \u{0} in", "\u{1F600}"]
    for title in titles {
      for text in texts {
        for escaped in [false, true] {
          var object: [String: String] = ["text": text, "id": "1"]
          if let title { object["title"] = title }
          var json = String(decoding: try JSONEncoder().encode(object), as: UTF8.self)
          if escaped { json = json.replacingOccurrences(of: "x", with: "\\u0078") }
          let bytes = Array(json.utf8)
          let article = try ArchiveArticle.jsonLine(bytes, name: "t.jsonl")
          let expected = Array((title.map { "\($0)\n\n\(text)" } ?? text).utf8)
          #expect(article.document.utf8 == expected, "\(json)")
          #expect(article.title == title)
        }
      }
    }
    // With `html` instead of `text`: the title goes before the page's text unless the page has
    // a headline or title of its own (the joining as it was, by Strings).
    for html in ["<p>x \u{E9}</p>", "<h1>H</h1><p>x</p>", " ", "<head><title>P</title></head><p>x</p>",
                 "<title>P</title><p>x</p>", "<nav>n</nav>"] {
      let json = String(decoding: try JSONEncoder().encode(["title": "T\u{E9}", "html": html]), as: UTF8.self)
      let article = try ArchiveArticle.jsonLine(Array(json.utf8), name: "t.jsonl")
      let page = try #require(ArchiveHTML.extract(Array(html.utf8)))
      let expected = page.title == nil ? Array("T\u{E9}\n\n".utf8) + page.utf8 : page.utf8
      #expect(article.document.utf8 == expected, "\(json)")
      #expect(article.title == "T\u{E9}")
    }
    // A line the fast reader leaves to JSONDecoder (an id of -0) makes the same text.
    let slow = Array(#"{"id": -0, "title": "T", "text": "caf\u00e9 1,596"}"#.utf8)
    #expect(ArchiveJSONLine.parse(slow) == nil)
    let article = try ArchiveArticle.jsonLine(slow, name: "t.jsonl")
    #expect(article.document.utf8 == Array("T\n\ncaf\u{E9} 1,596".utf8))
  }
}

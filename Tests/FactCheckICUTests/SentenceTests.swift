import FactCheckCore
import FactCheckICU
import Testing

/// One segmentation case: the input and the exact sentence texts expected.
struct SentenceCase: CustomTestStringConvertible, Sendable {
  var label: String
  var text: String
  var sentences: [String]

  init(_ label: String, _ text: String, _ sentences: [String]) {
    self.label = label
    self.text = text
    self.sentences = sentences
  }

  var testDescription: String { label }
}

@Suite struct SentenceTests {
  static let segmenter: ICUSegmenter = {
    do { return try ICUSegmenter() } catch { fatalError("ICU unavailable: \(error)") }
  }()

  static let layout: [SentenceCase] = [
    SentenceCase(
      "headline then paragraph",
      "ALMOST 1,600 offenders live in the county\n\nFigures show 1,596 were managed.",
      ["ALMOST 1,600 offenders live in the county", "Figures show 1,596 were managed."]),
    SentenceCase(
      "headline and standfirst, single line breaks",
      "Sex offender numbers rise\nCounty sees increase, data reveals\nThe figures are out.",
      ["Sex offender numbers rise", "County sees increase, data reveals", "The figures are out."]),
    SentenceCase(
      "subhead between paragraphs",
      "The count rose.\n\nWhat the levels mean\n\nLevel one is the lowest.",
      ["The count rose.", "What the levels mean", "Level one is the lowest."]),
    SentenceCase(
      "paragraph break with spaces and a trailing line", "One.  \n  \nTwo\n",
      ["One.", "Two"]),
    SentenceCase(
      "CRLF line ends", "Headline\r\n\r\nBody one. Body two.\r\n",
      ["Headline", "Body one.", "Body two."]),
    SentenceCase(
      "CR line ends", "Headline\rBody one.\r\rBody two.", ["Headline", "Body one.", "Body two."]),
    SentenceCase(
      "paragraph separator U+2029", "First para\u{2029}second para starts low.",
      ["First para", "second para starts low."]),
    SentenceCase(
      "hard-wrapped line is joined",
      "The data shows 351 violent offenders – people guilty of offences like\nmurder – live here.",
      ["The data shows 351 violent offenders – people guilty of offences like\nmurder – live here."]
    ),
    SentenceCase(
      "a blank line is never joined", "offences like\n\nmurder are counted.",
      ["offences like", "murder are counted."]),
    SentenceCase("empty text", "", []),
    SentenceCase("only white space", " \n\u{00A0}\n", []),
  ]

  static let abbreviations: [SentenceCase] = [
    SentenceCase(
      "British titles without a stop", "Mr Smith said so. Dr Jones agreed. St Albans is next.",
      ["Mr Smith said so.", "Dr Jones agreed.", "St Albans is next."]),
    SentenceCase(
      "titles with a stop before a capital", "Mr. Smith met Dr. Jones. The St. Albans figure fell.",
      ["Mr. Smith met Dr. Jones.", "The St. Albans figure fell."]),
    SentenceCase(
      "police and council titles", "Det. Insp. Jane Cole and Cllr. Ann Hart spoke. Then they left.",
      ["Det. Insp. Jane Cole and Cllr. Ann Hart spoke.", "Then they left."]),
    SentenceCase(
      "No. before a number", "He lives at No. 10 Downing Street. No. 11 is next door.",
      ["He lives at No. 10 Downing Street.", "No. 11 is next door."]),
    SentenceCase(
      "a sentence ending in no", "The answer was no. Then he left.",
      ["The answer was no.", "Then he left."]),
    SentenceCase(
      "initials", "The report by J. K. Smith is out. It is long.",
      ["The report by J. K. Smith is out.", "It is long."]),
    SentenceCase(
      "dotted acronym mid-sentence", "Numbers in the U.K. rose last year. Next.",
      ["Numbers in the U.K. rose last year.", "Next."]),
    SentenceCase(
      "a word that only ends like a title", "It was a huge rise from Madr. Then more.",
      ["It was a huge rise from Madr.", "Then more."]),
  ]

  static let quotesListsNumbers: [SentenceCase] = [
    SentenceCase(
      "closing quote after the full stop",
      "An NSPCC spokesman said: “It’s vital children are protected.” The MoJ agreed.",
      ["An NSPCC spokesman said: “It’s vital children are protected.”", "The MoJ agreed."]),
    SentenceCase(
      "quote across two sentences", "“We are acting. It matters,” she said. Next.",
      ["“We are acting.", "It matters,” she said.", "Next."]),
    SentenceCase(
      "straight quotes", "He said: \"It is vital.\" Then he left.",
      ["He said: \"It is vital.\"", "Then he left."]),
    SentenceCase(
      "question in quotes then attribution", "“Is it safe?” asked the minister. Yes.",
      ["“Is it safe?” asked the minister.", "Yes."]),
    SentenceCase(
      "quoted paragraphs", "She said: “It is vital.\n\n“Abuse has a devastating impact.”",
      ["She said: “It is vital.", "“Abuse has a devastating impact.”"]),
    SentenceCase(
      "bullet and numbered lines",
      "Key figures:\n- 1,596 offenders\n• a rate of 99\n1. level one\n2. level two",
      ["Key figures:", "- 1,596 offenders", "• a rate of 99", "1. level one", "2. level two"]),
    SentenceCase(
      "decimals never split", "The rate rose 5.7 per cent to 99.5. It was 0.3 higher.",
      ["The rate rose 5.7 per cent to 99.5.", "It was 0.3 higher."]),
    SentenceCase(
      "decimal at the end of a line", "The rate was 5.7\nNext line.",
      ["The rate was 5.7", "Next line."]),
    SentenceCase(
      "question and exclamation", "Is it rising? Yes! It is.", ["Is it rising?", "Yes!", "It is."]),
    // UAX #29 runs on past ". 1,596" when a lower-case word follows the digits.
    SentenceCase(
      "a sentence opening with a numeral",
      "He was jailed in May. 1,596 registered sex offenders live in Essex. 42 areas reported.",
      ["He was jailed in May.", "1,596 registered sex offenders live in Essex.", "42 areas reported."]),
    SentenceCase(
      "a numeral after an acronym's full stop", "The data covers the UK. 12 forces sent none.",
      ["The data covers the UK.", "12 forces sent none."]),
    SentenceCase(
      "references, initials and etc. before a numeral stay",
      "See No. 10 and p. 14, e.g. 5 cases, bans etc. 3 more, and Dr. 5 again.",
      ["See No. 10 and p. 14, e.g. 5 cases, bans etc. 3 more, and Dr. 5 again."]),
  ]

  @Test(arguments: layout + abbreviations + quotesListsNumbers)
  func sentenceTexts(_ c: SentenceCase) {
    let document = Document(text: c.text)
    let texts = Self.segmenter.sentences(in: document).map(document.slice)
    #expect(texts == c.sentences)
  }

  @Test(arguments: layout + abbreviations + quotesListsNumbers)
  func multibytePrefixShiftsRanges(_ c: SentenceCase) {
    let prefix = "🇺🇦 é "
    let plain = Self.segmenter.sentences(in: Document(text: c.text))
    let shifted = Self.segmenter.sentences(in: Document(text: prefix + "\n\n" + c.text))
    let offset = prefix.utf8.count + 2
    #expect(
      Array(shifted.dropFirst())
        == plain.map {
          SourceRange(start: $0.start + offset, end: $0.end + offset)
        })
  }

  @Test func sentencesAreOrderedAndDisjoint() {
    let text = "Headline\n\nMr. Smith said: “It rose 5.7%.” Dr Jones agreed.\n- one\n- two"
    let ranges = Self.segmenter.sentences(in: Document(text: text))
    for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.end <= b.start) }
  }
}

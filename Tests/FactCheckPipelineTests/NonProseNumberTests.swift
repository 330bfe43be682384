@testable import FactCheckCore
import Testing

/// Numbers a reader does not take as statistics: inside web and e-mail addresses, glued to a
/// name ("COVID-19"); and readings that would make a correct figure look wrong (a change from a
/// year to itself, a recent date moving the article's data period a year on).
@Suite struct NonProseNumberTests {
  static let essex = " 1,596 registered sex offenders were living in Essex in March this year."

  /// The set-aside spanning exactly `text`.
  static func setAside(_ report: DocumentReport, _ text: String) -> SetAside? {
    report.extracted.ignored.first { report.document.slice($0.range) == text }
  }

  @Test(arguments: [
    ("Figures at https://example.org/news/23136110.kent-sex-offenders-2021 show", ["23136110", "2021"]),
    ("Figures (www.kent.police.uk/2019/812) show", ["2019", "812"]),
    ("Figures on bbc.co.uk/news/4055, which show", ["4055"]),
    ("Figures from figures.2019@example.org.uk show", ["2019"]),
    ("Figures at “HTTPS://Example.org/a/77” show", ["77"]),
  ])
  func addressNumbersAreSetAside(prefix: String, numbers: [String]) throws {
    let report = Pipeline.real.check(prefix + Self.essex, published: "2020-11-05")
    let texts = report.findings.map(\.text)
    #expect(texts == ["1,596"], "claims: \(texts)")
    // The address's words ("kent") name no area: the claim stays Essex's, and right.
    let claim = try #require(report.finding("1,596"))
    #expect(claim.claim.area == "Essex")
    #expect(claim.verdict == .supported, "\(claim.message)")
    for n in numbers {
      let s = try #require(Self.setAside(report, n), "'\(n)' not set aside: \(report.extracted.ignored)")
      #expect(s.reason == "part of a web address")
    }
  }

  /// Slashes and at-signs that are not addresses leave their numbers as they were.
  @Test(arguments: [
    ("In 2019/20 there were", "2019/20", "a period"),
    ("Working 24/7 and with", "24", nil),
    ("At a rate of 99/100,000 and with", "99", nil),
  ])
  func slashesOutsideAddresses(prefix: String, number: String, reason: String?) throws {
    let report = Pipeline.real.check(prefix + Self.essex, published: "2020-11-05")
    #expect(report.finding("1,596")?.verdict == .supported)
    let ignored = Self.setAside(report, number)
    #expect(ignored?.reason != "part of a web address")
    if let reason { #expect(ignored?.reason == reason) }
  }

  @Test(arguments: ["COVID-19", "Covid-19", "covid-19"])
  func numberGluedToANameIsALabel(name: String) throws {
    let report = Pipeline.real.check(
      "After \(name) limits eased," + Self.essex, published: "2020-11-05")
    #expect(report.findings.map(\.text) == ["1,596"])
    let label = try #require(Self.setAside(report, "19"), "'19' not set aside")
    #expect(label.form == .label)
  }

  /// A number led by a zero is a phone number or a code, with the digit blocks after it: one
  /// set-aside, not three numbers nobody could place.
  @Test(arguments: [
    ("Worried parents can ring 0800 11 11 at any time.", "0800 11 11"),
    ("The helpline, 01632 960 000, is free.", "01632 960 000"),
    ("Officers quoted case 004512 in court.", "004512"),
  ])
  func numberLedByAZeroIsACode(sentence: String, code: String) throws {
    let report = Pipeline.real.check(sentence + Self.essex, published: "2020-11-05")
    #expect(report.findings.map(\.text) == ["1,596"])
    #expect(report.extracted.unparsed.isEmpty, "\(report.extracted.unparsed)")
    let set = try #require(Self.setAside(report, code), "'\(code)' not set aside whole: \(report.extracted.ignored)")
    #expect(set.form == .code)
    #expect(set.reason == "a phone number or code")
  }

  /// A leading zero with a point, or too short to be a code, leaves the number a number.
  @Test func decimalsAndShortNumbersAreNoCodes() throws {
    let report = Pipeline.real.check(
      "In Essex the rate rose by 0.5 per cent; 1,596 registered sex offenders were living in Essex in March this year.",
      published: "2020-11-05")
    #expect(report.findings.map(\.text).contains("0.5 per cent"))
    #expect(report.extracted.ignored.allSatisfy { $0.form != .code })
  }

  /// Court-report style: the age after a name, set off by commas, is an age; a count after a
  /// place in the same shape is not.
  @Test(arguments: [
    ("Stephen Flynn, 53, of Basildon, was jailed.", "53", true),
    ("John O'Brien, 41, a registered sex offender, admitted the breach.", "41", true),
    ("Ann Smith-Jones, 29, was fined.", "29", true),
    ("The most were in Kent, 45, and in Sussex, 52, the report said.", "45", false),
    ("As the report put it, 45, or one in ten, were recalled.", "45", false),
    // A town the gazetteer does not list, after "in" or "and", is a place too.
    ("Most were in Colchester, 45, and Basildon, 30, the report said.", "45", false),
    ("Most were in Colchester, 45, and Basildon, 30, the report said.", "30", false),
  ])
  func ageAfterAName(sentence: String, number: String, isAge: Bool) throws {
    let report = Pipeline.real.check(sentence + Self.essex, published: "2020-11-05")
    #expect(report.finding("1,596")?.verdict == .supported)
    let age = Self.setAside(report, number)
    #expect((age?.reason == "an age") == isAge, "\(String(describing: age))")
  }

  /// A plural label before a list: "levels two and three" are labels, not numbers nobody could
  /// place.
  @Test func pluralLabelsAreLabels() throws {
    let report = Pipeline.real.check("Offenders at levels two and three were watched closely;" + Self.essex, published: "2020-11-05")
    #expect(report.finding("1,596")?.verdict == .supported)
    #expect(Self.setAside(report, "levels two")?.reason == "a label")
    #expect(Self.setAside(report, "three")?.reason == "a label")
    #expect(report.extracted.unparsed.isEmpty, "\(report.extracted.unparsed)")
  }

  @Test func hyphenBetweenDigitsIsNoName() {
    let report = Pipeline.real.check(
      "In 2019-20," + Self.essex.replacingOccurrences(of: "in March this year", with: "in March 2020"),
      published: "2020-11-05")
    #expect(Self.setAside(report, "2019-20")?.reason == "a period")
  }

  /// "Last year ... in 2020-21" read both ends of the change as 2020-21: computed, the change is
  /// zero and any percentage looked wrong.
  @Test func changeFromAYearToItselfIsNotJudged() throws {
    let report = Pipeline.real.check(
      "Last year the Ministry of Justice logged a 57% increase in people convicted of sexual offences in Hertfordshire in 2020-21.",
      published: "2022-11-18")
    let claim = try #require(report.finding("57%"))
    #expect(claim.claim.period == claim.claim.basePeriod)
    #expect(claim.verdict == .unverifiable)
    #expect(claim.reason == .noPeriod)
    #expect(claim.message.contains("both ends read as \(claim.claim.period ?? "?")"), "\(claim.message)")
  }

  /// A dated day in the next, unpublished period (when the police spoke) does not make the
  /// article report that period when its figures are a year away: "the year before" then
  /// pointed at this year's figure and called a correct one wrong.
  @Test func recentDateKeepsTheDataPeriod() throws {
    let text = "Police gave the figures on 3 November 2022. There were 1,867 registered sex offenders living in Essex at the end of March this year, up from 1,684 the year before. The rate is 114 in every 100,000 people."
    let report = Pipeline.real.check(text, published: "2022-11-15")
    #expect(report.extracted.dataPeriod == "2021-22")
    for figure in ["1,867", "1,684", "114 in every 100,000 people"] {
      let claim = try #require(report.finding(figure), "no claim '\(figure)'")
      #expect(claim.verdict == .supported, "\(figure): \(claim.message)")
    }
  }

  /// A date known only to the month (the 15th stands for it) just before a release: the article
  /// naming the new period still reports it.
  @Test func monthOnlyDateBeforeReleaseStillTakesTheNamedPeriod() throws {
    let report = Pipeline.real.check(
      "There were 1,867 registered sex offenders living in Essex on 31 March 2022.", published: "2022-10-15")
    #expect(report.extracted.dataPeriod == "2021-22")
    #expect(report.finding("1,867")?.claim.period == "2021-22")
  }

  /// A count followed by a noun of its own counts that noun, not the measure named a few words
  /// on: each of these was a warning or, for "3,000 officers", an error.
  @Test(arguments: [
    ("Essex Police has 3,000 officers and monitors 1,596 registered sex offenders.", "3,000", "officers"),
    ("Agencies in 42 areas watch offenders, and Essex had 1,596 registered sex offenders.", "42", "areas"),
    ("In Essex, 200 staff from three agencies manage 1,596 registered sex offenders.", "200", "staff"),
    ("In Essex, 200 staff from three agencies manage 1,596 registered sex offenders.", "three", "agencies"),
    ("The unit, which has 12 detectives, oversees 1,596 registered sex offenders in Essex.", "12", "detectives"),
  ])
  func countOfItsOwnNoun(sentence: String, number: String, noun: String) throws {
    let report = Pipeline.real.check(sentence + " The figures are for March 2020.", published: "2020-11-05")
    #expect(report.finding(number) == nil, "'\(number)' read as a claim")
    #expect(report.finding("1,596")?.verdict == .supported)
    let unparsed = try #require(report.extracted.unparsed.first { report.document.slice($0.range) == number })
    #expect(unparsed.reason == "no dataset counts \"\(noun)\"")
  }

  /// Nouns for what a measure counts keep the number a claim: people in general, and words of
  /// a measure's own phrases ("breaches" beside "breached their notification requirements").
  @Test(arguments: [
    ("There were 1,496 offenders in 2019 and 1,596 registered sex offenders in 2020 in Essex.", "1,496"),
    ("In Essex 1,596 people were on the sex offenders register in March 2020.", "1,596"),
    ("In Essex, 1,596 dangerous registered sex offenders were managed in March 2020.", "1,596"),
    ("In Essex, 11 offenders breached their notification requirements last year, with 7 breaches in Colchester.", "7"),
  ])
  func nounsOfTheMeasureKeepTheClaim(sentence: String, number: String) throws {
    let report = Pipeline.real.check(sentence, published: "2020-11-05")
    let claim = try #require(report.finding(number), "no claim '\(number)': \(report.findings.map(\.text))")
    #expect(claim.claim.measure != nil)
  }

  @Test(arguments: ["officers", "areas", "staff", "agencies"])
  func ownNouns(word: String) { #expect(SentenceResolver.isOwnNoun(word)) }

  @Test(arguments: ["people", "dangerous", "serious", "represents", "was", "less", "this", "cases"])
  func notOwnNouns(word: String) { #expect(!SentenceResolver.isOwnNoun(word)) }

  @Test func stems() {
    for (word, stem) in [("breaches", "breach"), ("breached", "breach"), ("breaching", "breach"),
                         ("agencies", "agency"), ("officers", "officer"), ("offences", "offence"), ("staff", "staff")] {
      #expect(CompiledRules.stem(word) == stem)
    }
  }

  /// "24/7" is a phrase, not a share of three and a bit.
  @Test func twentyFourSeven() {
    let report = Pipeline.real.check("Police said 24/7 monitoring was in place for 1,596 registered sex offenders in Essex in March 2020.", published: "2020-11-05")
    #expect(report.finding("24/7") == nil)
    #expect(Self.setAside(report, "24/7")?.form == .label)
  }

  /// "in England and Wales" after what a sentence says about Essex, and "the national average
  /// of 119", are scopes: the next paragraph is still about Essex. Before, its rate was read
  /// as the nation's, and "below the national average" compared the nation with itself and
  /// was reported wrong.
  @Test func nationalScopeIsNotTheParagraphArea() throws {
    let text = """
      Essex had 1,596 registered sex offenders in March 2020.

      Essex has the fifth highest number of registered sex offenders in England and Wales.

      The rate of 99 per 100,000 is below the national average of 119.

      Nearly 1,600 offenders are on the register.
      """
    let report = Pipeline.real.check(text, published: "2020-11-05")
    for figure in ["99 per 100,000", "below the national average", "Nearly 1,600"] {
      let claim = try #require(report.finding(figure), "no claim '\(figure)'")
      #expect(claim.claim.area == "Essex", "\(figure)")
      #expect(claim.verdict == .supported, "\(figure): \(claim.message)")
    }
    #expect(report.finding("119")?.claim.area == "England and Wales")
  }

  @Test func nationalFigureAgainstTheNationalAverageIsNotJudged() throws {
    let report = Pipeline.real.check(
      "Across England and Wales there were 119 registered sex offenders per 100,000 people, below the national average.",
      published: "2020-11-05")
    let claim = try #require(report.finding("below the national average"))
    #expect(claim.verdict == .unverifiable)
    #expect(claim.reason == .ambiguousArea)
  }

  /// The second of two ages or phone numbers is set aside like the first; a comma in between
  /// ends the list.
  @Test func numberJoinedToASetAsideOne() throws {
    let report = Pipeline.real.check(
      "Two men, aged 34 and 51, were jailed, and 1,596 registered sex offenders lived in Essex in March 2020.",
      published: "2020-11-05")
    #expect(Self.setAside(report, "51")?.reason == Self.setAside(report, "34")?.reason)
    #expect(Self.setAside(report, "51")?.reason == "an age")
    let other = Pipeline.real.check(
      "The man, aged 34, and 1,596 registered sex offenders lived in Essex in March 2020.", published: "2020-11-05")
    #expect(other.finding("1,596")?.verdict == .supported)
  }

  /// The eight-byte scan agrees with a plain search on every subrange of varied bytes.
  @Test func slashOrAtScan() {
    var rng = SystemRandomNumberGenerator()
    let alphabet: [UInt8] = Array("ab /@.0\u{2F}".utf8) + [0x2E, 0x30, 0x3F, 0x41, 0x6F, 0xAF, 0xC0, 0xEF, 0x00, 0xFF]
    for _ in 0..<300 {
      let bytes = (0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
      for start in 0...bytes.count {
        for end in start...bytes.count {
          let plain = bytes[start..<end].contains { $0 == 0x2F || $0 == 0x40 }
          #expect(WebAddresses.holdsSlashOrAt(bytes, start, end) == plain, "\(bytes) \(start)..<\(end)")
        }
      }
    }
  }

  /// A measure named inside brackets the number is outside gives way to one named outside
  /// them; alone, it is still taken.
  @Test func measureInBracketsGivesWay() throws {
    let report = Pipeline.real.check("""
      The count of sex offenders in Essex who breached their notification requirements (which cover the details for the sex offender register) rose by 25% last year.

      The figure rose to 1,596 in March 2020 (registered sex offenders in Essex).
      """, published: "2020-11-05")
    #expect(report.finding("25%")?.claim.measure == "rso_breach_notification_cautioned_convicted")
    #expect(report.finding("1,596")?.claim.measure == "category1_rso_total")
  }
}

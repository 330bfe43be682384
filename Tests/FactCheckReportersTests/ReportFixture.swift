import FactCheckCore

/// One hand-built report that feeds every reporter test: a supported, two contradicted and one
/// unverifiable claim, a number set aside and one not understood, on lines with multibyte text.
enum ReportFixture {
  static let text = """
    Almost 1,600 registered sex offenders live in Essex, new figures show

    Ministry of Justice data shows 1,569 registered sex offenders in Essex – up 12 per cent on 2018-19.

    At Southend’s £2m 🚨 hub – “the county’s busiest” – staff see 99 per 100,000 people, and 42 cases.

    """

  static let document = Document(name: "articles/essex.txt", text: text)
  static let published = CalendarDate(year: 2020, month: 11, day: 5)
  static let url = "https://www.gov.uk/government/statistics/mappa-annual-report-2019-to-2020"

  /// The byte range of the first occurrence of `needle`.
  static func range(_ needle: String, in doc: Document = document) -> SourceRange {
    let hay = doc.utf8
    let n = Array(needle.utf8)
    for start in 0...(hay.count - n.count) where Array(hay[start..<start + n.count]) == n {
      return SourceRange(start: start, end: start + n.count)
    }
    fatalError("'\(needle)' not in fixture")
  }

  static func expression(_ needle: String, _ value: Double, _ form: NumberForm,
                         hedge: Hedge? = nil, base: Double? = nil) -> NumericExpression {
    NumericExpression(range: range(needle), value: value, form: form, hedge: hedge, base: base)
  }

  static func evidence(_ measure: String, value: Double, period: String = "2019-20",
                       base: String? = nil, arithmetic: String? = nil) -> Evidence {
    Evidence(dataset: "mappa", measure: measure, area: "Essex", period: period, basePeriod: base,
             value: value, sourceURL: url, sourcePublished: "2020-10-29", sourceKind: "official",
             releaseDate: CalendarDate(year: 2020, month: 10, day: 29), flags: [],
             arithmetic: arithmetic)
  }

  static let almost = Claim(
    range: range("Almost 1,600"), expression: expression("Almost 1,600", 1600, .number, hedge: .almost),
    kind: .count, measure: "category1_rso_total", area: "Essex", period: "2019-20",
    ruleID: "measure.rso_count", reasons: ["measure: 'registered sex offenders' (rule measure.rso_count)"])
  static let wrongCount = Claim(
    range: range("1,569"), expression: expression("1,569", 1569, .number),
    kind: .count, measure: "category1_rso_total", area: "Essex", period: "2019-20",
    ruleID: "measure.rso_count", reasons: ["period: 'this year' → 2019-20"])
  static let wrongChange = Claim(
    range: range("12 per cent"), expression: expression("12 per cent", 12, .percent),
    kind: .percentChange, measure: "category1_rso_total", area: "Essex", period: "2019-20",
    basePeriod: "2018-19", direction: .up, reasons: ["base period: 'on 2018-19'"])
  static let rate = Claim(
    range: range("99 per 100,000"), expression: expression("99 per 100,000", 99, .rate, base: 100_000),
    kind: .rate, measure: "rso_per_100k", area: "Southend", period: "2019-20",
    ruleID: "measure.rso_rate", reasons: ["area: 'Southend’s'"])

  static var checked: [CheckedClaim] {
    [
      CheckedClaim(
        claim: almost, verdict: .supported,
        claimed: ClaimInterval(lower: 1500, upper: 1600, upperOpen: true), expected: 1596,
        evidence: evidence("category1_rso_total", value: 1596),
        message: "matches the official 1,596 (category 1 offenders in Essex, 2019-20)"),
      CheckedClaim(
        claim: wrongCount, verdict: .contradicted, claimed: .exactly(1569), expected: 1596,
        evidence: evidence("category1_rso_total", value: 1596),
        message: "'1,569' does not match the official 1,596 (category 1 offenders in Essex, 2019-20)",
        suggestion: "1,596", notes: ["later revised to 1,601 in 2021-10-28; judged against the figure published by 2020-11-05"]),
      CheckedClaim(
        claim: wrongChange, verdict: .contradicted, claimed: ClaimInterval(lower: 11.5, upper: 12.5),
        expected: 6.7,
        evidence: evidence("category1_rso_total", value: 6.7, base: "2018-19",
                           arithmetic: "1,596 / 1,496 − 1 = +6.7%"),
        message: "1,596 / 1,496 − 1 = +6.7%, but the article says '12 per cent'",
        suggestion: "7 per cent"),
      CheckedClaim(
        claim: rate, verdict: .unverifiable, claimed: ClaimInterval(lower: 98.5, upper: 99.5),
        message: "no official figure for Southend in 2019-20", reason: .noFigure),
    ]
  }

  static var extracted: ExtractedClaims {
    ExtractedClaims(
      claims: [almost, wrongCount, wrongChange, rate],
      ignored: [SetAside(range: range("2018-19"), form: .financialYear, value: 2018,
                         reason: "period", ruleID: "non_claim.period")],
      unparsed: [SetAside(range: range("42"), form: .number, value: 42,
                          reason: "no measure named near this number")],
      mainArea: "Essex", dataPeriod: "2019-20")
  }

  static var report: DocumentReport {
    DocumentReport(document: document, published: published, publishedGiven: true,
                   extracted: extracted, checked: checked)
  }

  static let labels = [
    "category1_rso_total": "Category 1 offenders (registered sexual offenders)",
    "rso_per_100k": "Registered sexual offenders per 100,000 people aged 10 and over",
  ]
}

import FactCheckCore
import Testing

@Suite struct TimeFormTests {
  struct TimeCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    var span: String
    var form: NumberForm
    var period: PeriodRef?
    var unit: String? = nil
    var testDescription: String { "\(span) in \(sentence)" }
  }

  static let cases: [TimeCase] = [
    .init(sentence: "The law changed in 2008.", span: "2008", form: .year,
      period: PeriodRef(anchor: .absolute, year: 2008)),
    .init(sentence: "Totals for 2021-22 are out.", span: "2021-22", form: .financialYear,
      period: PeriodRef(anchor: .absolute, year: 2021, endYear: 2022)),
    .init(sentence: "Totals for 2021/22 are out.", span: "2021/22", form: .financialYear,
      period: PeriodRef(anchor: .absolute, year: 2021, endYear: 2022)),
    .init(sentence: "Totals for 2021–22 are out.", span: "2021–22", form: .financialYear,
      period: PeriodRef(anchor: .absolute, year: 2021, endYear: 2022)),
    .init(sentence: "Totals for 2021-2022 are out.", span: "2021-2022", form: .financialYear,
      period: PeriodRef(anchor: .absolute, year: 2021, endYear: 2022)),
    .init(sentence: "Totals for 2013/13 are out.", span: "2013/13", form: .financialYear,
      period: PeriodRef(anchor: .absolute, year: 2013, endYear: 2013)),
    .init(sentence: "It opened in June 2015.", span: "June 2015", form: .date,
      period: PeriodRef(anchor: .absolute, year: 2015, month: 6)),
    .init(sentence: "It opened on 30 June.", span: "30 June", form: .date,
      period: PeriodRef(anchor: .publication, year: 0, month: 6, day: 30)),
    .init(sentence: "It opened on 30 June 2015.", span: "30 June 2015", form: .date,
      period: PeriodRef(anchor: .absolute, year: 2015, month: 6, day: 30)),
    .init(sentence: "It opened in June.", span: "June", form: .date,
      period: PeriodRef(anchor: .publication, year: 0, month: 6)),
    .init(sentence: "Sales rose this year.", span: "this year", form: .relativePeriod,
      period: PeriodRef(anchor: .publication, year: 0)),
    .init(sentence: "Sales rose last year.", span: "last year", form: .relativePeriod,
      period: PeriodRef(anchor: .publication, year: -1)),
    .init(sentence: "The tally was 40 as of June this year.", span: "as of June this year",
      form: .relativePeriod, period: PeriodRef(anchor: .publication, year: 0, month: 6)),
    .init(sentence: "It was 30 the year before.", span: "the year before",
      form: .relativePeriod, period: PeriodRef(anchor: .context, year: -1)),
    .init(sentence: "It was 30 the previous year.", span: "the previous year",
      form: .relativePeriod, period: PeriodRef(anchor: .context, year: -1)),
    .init(sentence: "It shut a decade ago.", span: "a decade ago", form: .relativePeriod,
      period: PeriodRef(anchor: .publication, year: -10)),
    .init(sentence: "It shut three years ago.", span: "three years ago", form: .relativePeriod,
      period: PeriodRef(anchor: .publication, year: -3)),
    .init(sentence: "He served 18 months inside.", span: "18 months", form: .duration,
      period: nil, unit: "months"),
    .init(sentence: "He served twelve years inside.", span: "twelve years", form: .duration,
      period: nil, unit: "years"),
  ]

  @Test(arguments: cases)
  func period(_ c: TimeCase) {
    let found = recognize(c.sentence).filter { $0.0 == c.span }
    #expect(found.count == 1, "\(recognize(c.sentence).map(\.0))")
    guard let e = found.first?.1 else { return }
    #expect(e.form == c.form)
    #expect(e.period == c.period)
    #expect(e.unit == c.unit)
  }

  @Test func spansShiftWithPrefix() {
    for c in Self.cases {
      let plain = recognize(c.sentence)
      let shifted = recognize("🇺🇦 é " + c.sentence)
      #expect(plain.map(\.0) == shifted.map(\.0))
      for (a, b) in zip(plain, shifted) {
        #expect(b.1.range.start - a.1.range.start == "🇺🇦 é ".utf8.count)
      }
    }
  }
}

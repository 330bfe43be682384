import FactCheckCore
import Testing

@Suite struct NumberRecognizerTests {
  static let digits: [NumberCase] = [
    .init(sentence: "The force managed 2,471 people.", span: "2,471", value: 2471, form: .number),
    .init(sentence: "Their average stay was 3.8 nights.", span: "3.8", value: 3.8, form: .number),
    .init(sentence: "About 1\u{00A0}208 men were listed.", span: "About 1\u{00A0}208", value: 1208,
      form: .number, hedge: .about),
    .init(sentence: "The county has 2\u{202F}305 cases.", span: "2\u{202F}305", value: 2305,
      form: .number),
    .init(sentence: "The scheme cost 4.5 million last spring.", span: "4.5 million",
      value: 4_500_000, form: .number),
    .init(sentence: "Its followers reached 81.2k online.", span: "81.2k", value: 81_200,
      form: .number),
    .init(sentence: "Ministers pledged £2bn for prisons.", span: "£2bn", value: 2e9, form: .money),
    .init(sentence: "It fell to −4 overnight.", span: "−4", value: -4, form: .number),
  ]

  static let spelled: [NumberCase] = [
    .init(sentence: "Nine men were charged.", span: "Nine", value: 9, form: .number),
    .init(sentence: "Forty-three offenders moved.", span: "Forty-three", value: 43, form: .number),
    .init(sentence: "There were eighty four cases.", span: "eighty four", value: 84, form: .number),
    .init(sentence: "Officers visited two hundred and sixty-eight homes.",
      span: "two hundred and sixty-eight", value: 268, form: .number),
    .init(sentence: "A hundred people came.", span: "A hundred", value: 100, form: .number),
    .init(sentence: "They held more than a dozen meetings.", span: "more than a dozen", value: 12,
      form: .number, hedge: .moreThan, min: 12),
    .init(sentence: "Hundreds of officers took part.", span: "Hundreds", value: 100, form: .number,
      min: 100),
    .init(sentence: "The team finished fourth in the table.", span: "fourth", value: 4,
      form: .ordinal),
    .init(sentence: "It was his 33rd birthday.", span: "33rd", value: 33, form: .ordinal),
  ]

  static let percents: [NumberCase] = [
    .init(sentence: "Crime rose 8% in the area.", span: "8%", value: 8, form: .percent),
    .init(sentence: "Crime rose 8 per cent in the area.", span: "8 per cent", value: 8,
      form: .percent),
    .init(sentence: "Crime rose eight per cent in the area.", span: "eight per cent", value: 8,
      form: .percent),
    .init(sentence: "Crime rose 8 percent in the area.", span: "8 percent", value: 8,
      form: .percent),
    .init(sentence: "Crime rose 8pc in the area.", span: "8pc", value: 8, form: .percent),
    .init(sentence: "Crime rose 5.2per cent in the area.", span: "5.2per cent", value: 5.2,
      form: .percent),
    .init(sentence: "The rate went up 1.5 percentage points.", span: "1.5 percentage points",
      value: 1.5, form: .percentagePoints),
    .init(sentence: "Turnout was between 30 and 35 per cent.", span: "between 30 and 35 per cent",
      value: 32.5, form: .percent, hedge: .between, min: 30, max: 35),
  ]

  static let rates: [NumberCase] = [
    .init(sentence: "There were 87 per 100,000 residents.", span: "87 per 100,000 residents",
      value: 87, form: .rate),
    .init(sentence: "That is 87 for every 100,000 people.", span: "87 for every 100,000 people",
      value: 87, form: .rate),
    .init(sentence: "That means 87 sex offenders for every 100,000 people in the town.",
      span: "87 sex offenders for every 100,000 people", value: 87, form: .rate),
    .init(sentence: "That is 87 in every 100,000 people.", span: "87 in every 100,000 people",
      value: 87, form: .rate),
    .init(sentence: "That is one in every 640 people over the age of ten.",
      span: "one in every 640 people", value: 640, form: .oneInN),
    .init(sentence: "That is one for every 410 people aged 10 or above.",
      span: "one for every 410 people", value: 410, form: .oneInN),
    .init(sentence: "About one in seven adults agreed.", span: "About one in seven adults", value: 7,
      form: .oneInN, hedge: .about),
  ]

  static let fractionsAndMultiples: [NumberCase] = [
    .init(sentence: "A third of cases were closed.", span: "A third", value: 1.0 / 3,
      form: .fraction),
    .init(sentence: "Nearly half of them left.", span: "Nearly half", value: 0.5, form: .fraction,
      hedge: .nearly, max: 0.5),
    .init(sentence: "Three quarters said yes.", span: "Three quarters", value: 0.75,
      form: .fraction),
    .init(sentence: "Two-thirds said no.", span: "Two-thirds", value: 2.0 / 3, form: .fraction),
    // "by N to M" is a change and the level it reached, not a range.
    .init(sentence: "The register has risen by 90 to 1,596.", span: "90", value: 90, form: .number),
    .init(sentence: "The register has risen by more than 90 to 1,596.", span: "more than 90", value: 90,
      form: .number, hedge: .moreThan, min: 90),
    // ... but "by N to M" with M near N, or a percentage, is a range of the change.
    .init(sentence: "The register has risen by 90 to 110.", span: "90 to 110", value: 100, form: .number,
      hedge: .between, min: 90, max: 110),
    .init(sentence: "The register has risen by 5 to 10 per cent.", span: "5 to 10 per cent", value: 7.5,
      form: .percent, hedge: .between, min: 5, max: 10),
    // "N in M": a proportion, not two numbers (M at most 100: "3 in 100,000" is a rate).
    .init(sentence: "Nine in ten offenders are managed at level one.", span: "Nine in ten", value: 0.9,
      form: .fraction),
    .init(sentence: "Roughly 2 out of 3 were men.", span: "Roughly 2 out of 3", value: 2.0 / 3,
      form: .fraction, hedge: .roughly),
    .init(sentence: "Three in every four live in towns.", span: "Three in every four", value: 0.75,
      form: .fraction),
    // Not before a span of time: a count, then how long it took.
    .init(sentence: "The count rose to 14 in 20 months.", span: "14", value: 14, form: .number),
    .init(sentence: "Police recalled 45 in 90 days.", span: "45", value: 45, form: .number),
    // A vague share: more than half, or with "vast" three quarters or more.
    .init(sentence: "The vast majority fall into level one.", span: "The vast majority", value: 0.875,
      form: .fraction, min: 0.75, max: 1),
    .init(sentence: "A majority of the board agreed.", span: "A majority", value: 0.75,
      form: .fraction, min: 0.5, max: 1),
    .init(sentence: "Costs were a quarter higher.", span: "a quarter", value: 0.25,
      form: .fraction),
    .init(sentence: "The figure has doubled since then.", span: "doubled", value: 2,
      form: .multiple),
    .init(sentence: "The figure has more than doubled.", span: "more than doubled", value: 2,
      form: .multiple, hedge: .moreThan, min: 2),
    .init(sentence: "Arrests have tripled.", span: "tripled", value: 3, form: .multiple),
    .init(sentence: "Demand rose almost sevenfold.", span: "almost sevenfold", value: 7,
      form: .multiple, hedge: .almost, max: 7),
    .init(sentence: "The rate is four times higher here.", span: "four times higher", value: 4,
      form: .multiple),
    .init(sentence: "They earn twice as much.", span: "twice", value: 2, form: .multiple),
    .init(sentence: "He was recalled five times during 2018-19.", span: "five times", value: 5,
      form: .occasions),
    .init(sentence: "She breached the order twice, the court heard.", span: "twice", value: 2,
      form: .occasions),
    .init(sentence: "Officers visit them twice a year.", span: "twice", value: 2, form: .occasions),
    .init(sentence: "It was cautioned thrice.", span: "thrice", value: 3, form: .occasions),
    .init(sentence: "Kent's rate is twice that of Essex.", span: "twice", value: 2, form: .multiple),
    .init(sentence: "Kent's rate is twice Suffolk's.", span: "twice", value: 2, form: .multiple),
    .init(sentence: "Kent's rate is three times Suffolk\u{2019}s.", span: "three times", value: 3,
      form: .multiple),
    .init(sentence: "Kent's rate is three times the national average.", span: "three times",
      value: 3, form: .multiple),
    .init(sentence: "Offenders were cautioned 1,640 times.", span: "1,640 times", value: 1640,
      form: .occasions),
  ]

  static let zerosLabelsPronouns: [NumberCase] = [
    .init(sentence: "The council did not fine any landlords.", span: "did not fine any",
      value: 0, form: .zero),
    .init(sentence: "No arrests were made.", span: "No arrests", value: 0, form: .zero),
    .init(sentence: "None were charged.", span: "None", value: 0, form: .zero),
    .init(sentence: "Nobody was hurt.", span: "Nobody", value: 0, form: .zero),
    .init(sentence: "The score was zero.", span: "zero", value: 0, form: .zero),
    .init(sentence: "Most were at level two.", span: "level two", value: 2, form: .label),
    .init(sentence: "He is a Category 3 prisoner.", span: "Category 3", value: 3, form: .label),
    .init(sentence: "It is one of the busiest stations.", span: "one of the", value: 1,
      form: .pronoun),
    .init(sentence: "She was one of four sisters.", span: "one", value: 1, form: .number),
    .init(sentence: "It was the one they chose.", span: "the one", value: 1, form: .pronoun),
    .init(sentence: "They helped one another.", span: "one another", value: 1, form: .pronoun),
    .init(sentence: "Scores of 300 or more were rare.", span: "300 or more", value: 300,
      form: .number, hedge: .atLeast, min: 300),
    .init(sentence: "Over 500 and under 900 replied.", span: "Over 500 and under 900", value: 700,
      form: .number, hedge: .between, min: 500, max: 900),
    .init(sentence: "No one answered the door.", span: "No one", value: 1, form: .pronoun),
  ]

  static let hedges: [NumberCase] = [
    .init(sentence: "Almost 2,100 forms arrived.", span: "Almost 2,100", value: 2100,
      form: .number, hedge: .almost, max: 2100),
    .init(sentence: "Just under 400 replied.", span: "Just under 400", value: 400, form: .number,
      hedge: .justUnder, max: 400),
    .init(sentence: "More than 40 staff left.", span: "More than 40", value: 40, form: .number,
      hedge: .moreThan, min: 40),
    .init(sentence: "Up to 900 homes may flood.", span: "Up to 900", value: 900, form: .number,
      hedge: .upTo, max: 900),
    .init(sentence: "At least 12 people were injured.", span: "At least 12", value: 12,
      form: .number, hedge: .atLeast, min: 12),
    .init(sentence: "Roughly 75 stalls opened.", span: "Roughly 75", value: 75, form: .number,
      hedge: .roughly),
    .init(sentence: "Fewer than 20 applied.", span: "Fewer than 20", value: 20, form: .number,
      hedge: .fewerThan, max: 20),
    .init(sentence: "Some 3,200 fans attended.", span: "Some 3,200", value: 3200, form: .number,
      hedge: .some),
    .init(sentence: "There were between 60 and 80 boats.", span: "between 60 and 80", value: 70,
      form: .number, hedge: .between, min: 60, max: 80),
    .init(sentence: "Groups of 15-25 pupils visited.", span: "15-25", value: 20, form: .number,
      hedge: .between, min: 15, max: 25),
    .init(sentence: "Groups of 15 to 25 pupils visited.", span: "15 to 25", value: 20,
      form: .number, hedge: .between, min: 15, max: 25),
  ]

  @Test(arguments: digits + spelled + percents + rates)
  func countsPercentsRates(_ c: NumberCase) { check(c, prefix: "🇺🇦 é ") }

  @Test(arguments: fractionsAndMultiples + zerosLabelsPronouns + hedges)
  func fractionsZerosHedges(_ c: NumberCase) { check(c, prefix: "🇺🇦 é ") }

  @Test func resolutionFollowsTheLastDigit() {
    let found = Dictionary(
      recognize("It was 6.7% of 1,600 cases, or 1.2 million, said seven.").map {
        ($0.0, $0.1)
      }, uniquingKeysWith: { a, _ in a })
    #expect(found["6.7%"]?.resolution == 0.1)
    #expect(found["1,600"]?.resolution == 1)
    #expect(found["1.2 million"].map { abs($0.resolution - 100_000) < 1e-6 } == true)
    #expect(found["seven"]?.spelled == true)
    #expect(found["1,600"]?.spelled == false)
  }

  @Test func rateCarriesItsBase() {
    let e = recognize("There were 87 per 100,000 residents.").first?.1
    #expect(e?.base == 100_000)
  }

  @Test func moneyCarriesItsUnit() {
    let e = recognize("Ministers pledged £2bn for prisons.").first?.1
    #expect(e?.unit == "GBP")
  }
}

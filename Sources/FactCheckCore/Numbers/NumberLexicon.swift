/// The word tables of the number recogniser: spelled numbers, scale words, fraction words,
/// hedges, months and period words. All keys are lowercase ASCII.
///
/// Spelled numbers are parsed by hand from these tables, not with ICU's spell-out rules
/// (RBNF): RBNF cost ≈190 µs per phrase (1.3 ms lenient) on the 2-core test machine, fails on
/// "a hundred", and knows neither British "and" placement nor news fractions ("two-thirds").
enum NumberLexicon {
  /// What a number word contributes to a spelled number.
  enum Atom: Hashable, Sendable {
    /// zero…nineteen.
    case unit(Int)
    /// twenty…ninety.
    case tens(Int)
    /// hundred, thousand, million, billion, trillion.
    case scale(Double)
    /// first…ninetieth, hundredth…: the cardinal it stands for; plural for "fifths".
    case ordinal(Double, plural: Bool)
    /// "half"/"halves" (2) and "quarter"/"quarters" (4): denominators only.
    case part(Double, plural: Bool)
    case dozen
  }

  static let atoms: [WordKey: Atom] = {
    var t: [WordKey: Atom] = [:]
    let units: [StaticString] = [
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen",
    ]
    for (v, w) in units.enumerated() { t[WordKey(w)] = .unit(v) }
    let tens: [StaticString] = [
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ]
    for (i, w) in tens.enumerated() { t[WordKey(w)] = .tens(20 + 10 * i) }
    let scales: [(StaticString, Double)] = [
      ("hundred", 100), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9),
      ("trillion", 1e12),
    ]
    for (w, v) in scales { t[WordKey(w)] = .scale(v) }
    let ordinals: [(StaticString, StaticString, Double)] = [
      ("first", "firsts", 1), ("second", "seconds", 2), ("third", "thirds", 3),
      ("fourth", "fourths", 4), ("fifth", "fifths", 5), ("sixth", "sixths", 6),
      ("seventh", "sevenths", 7), ("eighth", "eighths", 8), ("ninth", "ninths", 9),
      ("tenth", "tenths", 10), ("eleventh", "elevenths", 11), ("twelfth", "twelfths", 12),
      ("thirteenth", "thirteenths", 13), ("fourteenth", "fourteenths", 14),
      ("fifteenth", "fifteenths", 15), ("sixteenth", "sixteenths", 16),
      ("seventeenth", "seventeenths", 17), ("eighteenth", "eighteenths", 18),
      ("nineteenth", "nineteenths", 19), ("twentieth", "twentieths", 20),
      ("thirtieth", "thirtieths", 30), ("fortieth", "fortieths", 40),
      ("fiftieth", "fiftieths", 50), ("sixtieth", "sixtieths", 60),
      ("seventieth", "seventieths", 70), ("eightieth", "eightieths", 80),
      ("ninetieth", "ninetieths", 90), ("hundredth", "hundredths", 100),
      ("thousandth", "thousandths", 1e3), ("millionth", "millionths", 1e6),
      ("billionth", "billionths", 1e9), ("trillionth", "trillionths", 1e12),
    ]
    for (s, p, v) in ordinals {
      t[WordKey(s)] = .ordinal(v, plural: false)
      // "seconds" is a unit of time, never "halves".
      if v != 2 { t[WordKey(p)] = .ordinal(v, plural: true) }
    }
    t[WordKey("half")] = .part(2, plural: false)
    t[WordKey("halves")] = .part(2, plural: true)
    t[WordKey("quarter")] = .part(4, plural: false)
    t[WordKey("quarters")] = .part(4, plural: true)
    t[WordKey("dozen")] = .dozen
    t[WordKey("dozens")] = .dozen
    t[WordKey("dozs")] = .dozen
    t[WordKey("dzs")] = .dozen
    return t
  }()

  /// Scale words written after digits: "1.2 million", "64.3k", "£3bn".
  static let digitScales: [WordKey: Double] = [
    WordKey("hundred"): 100, WordKey("thousand"): 1e3, WordKey("k"): 1e3,
    WordKey("million"): 1e6, WordKey("m"): 1e6, WordKey("mn"): 1e6, WordKey("mil"): 1e6,
    WordKey("billion"): 1e9, WordKey("bn"): 1e9, WordKey("b"): 1e9, WordKey("bln"): 1e9,
    WordKey("trillion"): 1e12, WordKey("tn"): 1e12, WordKey("tln"): 1e12,
    WordKey("dozen"): 12, WordKey("dozens"): 12, WordKey("dzs"): 12, WordKey("dozs"): 12,
  ]

  /// The first letters of `digitScales`' words, one bit each (the letter's low five bits):
  /// most words after a number are ruled out without the table lookup.
  static let digitScaleInitials: UInt32 = digitScales.keys.reduce(0) { $0 | 1 << ($1.lo & 0x1F) }

  /// Scale words that are also ordinary words or units when spaced: only taken adjacent
  /// ("10m", "1.2b") or after "£".
  static let tightScales: Set<WordKey> = [WordKey("m"), WordKey("b"), WordKey("mn")]

  /// Words that make the number before them a difference: "20 fewer per 100,000", "5 more".
  static let differenceWords: Set<WordKey> = [
    WordKey("more"), WordKey("fewer"), WordKey("less"), WordKey("higher"), WordKey("lower"),
  ]

  /// "majority", the word a vague share is named by ("the vast majority"), and the words that
  /// make it three quarters or more.
  static let majority = WordKey("majority")
  static let majorityAdjectives: Set<WordKey> = [WordKey("vast"), WordKey("overwhelming"), WordKey("great")]

  /// Vague amounts: "several", "dozens", "hundreds" → the smallest amount they can mean.
  static let vague: [WordKey: Double] = [
    WordKey("several"): 3, WordKey("dozens"): 12, WordKey("hundreds"): 100,
    WordKey("thousands"): 1e3, WordKey("millions"): 1e6, WordKey("billions"): 1e9,
  ]

  /// Hedge phrases, longest first within each first word.
  static let hedges: [([WordKey], Hedge)] = {
    let rows: [([StaticString], Hedge)] = [
      (["less", "than", "or", "equal", "to"], .upTo),
      (["fewer", "than", "or", "equal", "to"], .upTo),
      (["more", "than", "or", "equal", "to"], .atLeast),
      (["greater", "than", "or", "equal", "to"], .atLeast),
      (["equal", "to", "or", "less", "than"], .upTo),
      (["equal", "to", "or", "fewer", "than"], .upTo),
      (["equal", "to", "or", "more", "than"], .atLeast),
      (["equal", "to", "or", "greater", "than"], .atLeast),
      (["at", "least", "or", "equal", "to"], .atLeast),
      (["smaller", "or", "equal", "than"], .upTo), (["less", "or", "equal", "than"], .upTo),
      (["lower", "or", "equal", "than"], .upTo), (["bigger", "or", "equal", "than"], .atLeast),
      (["higher", "or", "equal", "than"], .atLeast),
      (["larger", "or", "equal", "than"], .atLeast),
      (["greater", "or", "equal", "than"], .atLeast),
      (["no", "more", "than"], .upTo), (["no", "less", "than"], .atLeast),
      (["no", "fewer", "than"], .atLeast), (["not", "more", "than"], .upTo),
      (["just", "under"], .justUnder), (["just", "below"], .justUnder),
      (["just", "short", "of"], .justUnder), (["just", "over"], .justOver),
      (["just", "above"], .justOver), (["well", "over"], .over), (["well", "above"], .over),
      (["more", "than"], .moreThan), (["greater", "than"], .moreThan),
      (["larger", "than"], .moreThan), (["bigger", "than"], .moreThan),
      (["at", "least"], .atLeast), (["at", "most"], .upTo), (["up", "to"], .upTo),
      (["close", "to"], .closeTo), (["fewer", "than"], .fewerThan), (["less", "than"], .lessThan),
      (["smaller", "than"], .lessThan), (["in", "excess", "of"], .moreThan),
      (["almost"], .almost), (["nearly"], .nearly), (["over"], .over), (["above"], .over),
      (["under"], .under), (["below"], .under), (["around"], .around), (["about"], .about),
      (["approximately"], .approximately), (["approx"], .approximately),
      (["roughly"], .roughly), (["some"], .some), (["circa"], .about),
    ]
    return rows.map { ($0.0.map { WordKey($0) }, $0.1) }
  }()

  /// `hedges` by their first word, each list in the order of `hedges` (longest first where
  /// they share a start): a position tries only the hedges that can start there, not all 50.
  static let hedgesByFirstWord: [WordKey: [([WordKey], Hedge)]] = {
    var table: [WordKey: [([WordKey], Hedge)]] = [:]
    for row in hedges { table[row.0[0], default: []].append(row) }
    return table
  }()

  /// `hedgesByFirstWord` as a flat table from a first word to the index of its list in
  /// `rows` (-1 for other words): `Matcher.hedge` looks up every word with the hedge bit, and
  /// the dictionary's lookup was about 50 instructions of each of 8,000 in 2,000 articles.
  static let hedgeTable: (index: WordKeyTable<Int>, rows: [[([WordKey], Hedge)]]) = {
    var index: [WordKey: Int] = [:]
    var rows: [[([WordKey], Hedge)]] = []
    for (first, list) in hedgesByFirstWord {
      index[first] = rows.count
      rows.append(list)
    }
    return (WordKeyTable(index, absent: -1), rows)
  }()

  /// Suffix bounds: "10 or more", "500 or less", "aged 18 and over".
  static let suffixBounds: [([WordKey], Hedge)] = {
    let rows: [([StaticString], Hedge)] = [
      (["or", "more"], .atLeast), (["or", "greater"], .atLeast), (["or", "above"], .atLeast),
      (["or", "over"], .atLeast), (["and", "over"], .atLeast), (["and", "above"], .atLeast),
      (["and", "more"], .atLeast), (["or", "less"], .upTo), (["or", "fewer"], .upTo),
      (["or", "under"], .upTo), (["or", "below"], .upTo), (["and", "under"], .upTo),
    ]
    return rows.map { ($0.0.map { WordKey($0) }, $0.1) }
  }()

  /// `suffixBounds` as a phrase table, for `Matcher.suffixBound`.
  static let suffixBoundTable = PhraseTable(suffixBounds)

  static let months: [WordKey: Int] = {
    let names: [StaticString] = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ]
    var t: [WordKey: Int] = [:]
    for (i, n) in names.enumerated() { t[WordKey(n)] = i + 1 }
    let short: [(StaticString, Int)] = [
      ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
      ("sept", 9), ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]
    for (n, m) in short { t[WordKey(n)] = m }
    return t
  }()

  /// Units of time after a number: "30 months", "15 years". Value: the unit reported.
  static let durationUnits: [WordKey: UnitName] = {
    let rows: [(StaticString, UnitName)] = [
      ("year", .years), ("years", .years), ("month", .months), ("months", .months),
      ("week", .weeks), ("weeks", .weeks), ("day", .days), ("days", .days),
      ("hour", .hours), ("hours", .hours), ("minute", .minutes), ("minutes", .minutes),
      ("decade", .decades), ("decades", .decades), ("century", .centuries),
      ("centuries", .centuries),
    ]
    var t: [WordKey: UnitName] = [:]
    for (k, v) in rows { t[WordKey(k)] = v }
    return t
  }()

  /// Words that make "N times" a multiple: "three times higher", "twice as many".
  static let comparatives: Set<WordKey> = {
    let w: [StaticString] = [
      "higher", "more", "greater", "larger", "bigger", "lower", "smaller", "less", "fewer", "as",
      "the", "that", "than", "faster", "likelier", "likely", "worse",
      "better", "longer", "shorter",
    ]
    return Set(w.map { WordKey($0) })
  }()

  /// Verbs and adjectives of multiplication: "doubled" 2, "tripled" 3.
  static let multiples: [WordKey: Double] = {
    let rows: [(StaticString, Double)] = [
      ("double", 2), ("doubled", 2), ("doubles", 2), ("doubling", 2), ("triple", 3),
      ("tripled", 3), ("triples", 3), ("tripling", 3), ("treble", 3), ("trebled", 3),
      ("trebling", 3), ("quadruple", 4), ("quadrupled", 4), ("quadrupling", 4),
      ("twice", 2), ("thrice", 3), ("halved", 0.5), ("halving", 0.5),
    ]
    var t: [WordKey: Double] = [:]
    for (k, v) in rows { t[WordKey(k)] = v }
    return t
  }()

  /// Words that name a numbered grade, so "level two" is a label.
  static let labelWords: Set<WordKey> = {
    let w: [StaticString] = [
      "level", "category", "tier", "stage", "grade", "band", "class", "step", "phase", "type",
      "part", "section", "article", "schedule", "chapter", "number", "no", "division", "league",
      // Plurals before a list: "levels two and three", "categories 2 and 3", "sections 1 to 4".
      "levels", "categories", "tiers", "stages", "grades", "bands", "sections",
    ]
    return Set(w.map { WordKey($0) })
  }()

  /// Nouns a rate or one-in-N phrase ends with: "per 100,000 people".
  static let populationNouns: Set<WordKey> = {
    let w: [StaticString] = [
      "people", "residents", "population", "inhabitants", "adults", "men", "women", "persons",
      "children", "males", "females", "head", "capita", "households", "citizens",
    ]
    return Set(w.map { WordKey($0) })
  }()

  /// Words after "no" that do not make it a zero count: "no longer", "no one", "no doubt".
  static let notZeroAfterNo: Set<WordKey> = {
    let w: [StaticString] = [
      "one", "longer", "more", "less", "fewer", "doubt", "matter", "way", "sooner", "further",
      "better", "worse", "change", "exception", "surprise", "wonder", "mean", "different",
      "other", "ones", "greater", "higher", "lower", "later", "earlier", "such", "idea",
    ]
    return Set(w.map { WordKey($0) })
  }()

  /// Prepositions before a bare month name that make it a date ("in May").
  static let monthLeads: Set<WordKey> = {
    let w: [StaticString] = [
      "in", "of", "since", "until", "till", "by", "from", "to", "end", "last", "this", "next",
      "early", "late", "mid", "during", "before", "after", "between", "and", "on", "throughout",
    ]
    return Set(w.map { WordKey($0) })
  }()
}

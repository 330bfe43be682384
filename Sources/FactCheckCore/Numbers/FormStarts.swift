/// The forms that can start on one token, found once per token by `SentenceView`.
///
/// `Matcher` tries a form only where its bit is set. Trying each of the fifteen or so forms at
/// every token that might start one was most of the recogniser's 236 M instructions in a
/// 2,000-article audit (each form call built and copied a 176-byte optional result, nil at
/// almost every token). Each bit is a condition every match of its form meets at its first
/// token, so it never hides a match: `FormStartsTests` checks each form against its bit.
struct FormStarts: OptionSet, Sendable {
  let rawValue: UInt16

  /// "between": `Matcher.between`.
  static let between = FormStarts(rawValue: 1 << 0)
  /// The first word of a hedge phrase: `Matcher.hedge` then `core`.
  static let hedge = FormStarts(rawValue: 1 << 1)
  /// "none", "nobody", "zero", "nil", "no", an auxiliary of "did not … any".
  static let zero = FormStarts(rawValue: 1 << 2)
  /// "one", "no", "the".
  static let pronoun = FormStarts(rawValue: 1 << 3)
  static let label = FormStarts(rawValue: 1 << 4)
  /// "as", a month, or the first word of a relative period ("this", "last", "a", …).
  static let relative = FormStarts(rawValue: 1 << 5)
  /// A token with a numeric value: financial years, years and dates that start with a day.
  static let digits = FormStarts(rawValue: 1 << 6)
  /// A month word: dates that start with the month.
  static let month = FormStarts(rawValue: 1 << 7)
  /// "a": "a decade", "a century".
  static let aDecade = FormStarts(rawValue: 1 << 8)
  /// "doubled", "twice", or a word ending in "fold".
  static let multiple = FormStarts(rawValue: 1 << 9)
  /// A token starting with the byte of "$" or the first of "£".
  static let money = FormStarts(rawValue: 1 << 10)
  /// Where `QuantityParser.parse` can succeed: a number or punctuation token, "minus",
  /// "negative", a number word or "a", a vague amount.
  static let quantity = FormStarts(rawValue: 1 << 11)
  /// Not a form: a word every digit-free expression may hold (`NumberRecognizer.witnesses`).
  static let witness = FormStarts(rawValue: 1 << 12)
  /// Not a form: a unit of time (`NumberLexicon.durationUnits`), which `Matcher.duration` looks
  /// for after every quantity; the bit spares the dictionary lookup at other words.
  static let timeUnit = FormStarts(rawValue: 1 << 13)

  /// Every form, none skipped: what an exhaustive scan tries.
  static let all = FormStarts(rawValue: (1 << 12) - 1)

  /// `words` as a flat table: the lookup `SentenceView` makes for every word of a sentence.
  static let table = WordKeyTable(words, absent: FormStarts())

  /// The bits of each word the tables name, in one dictionary so a word costs one lookup.
  static let words: [WordKey: FormStarts] = {
    var t: [WordKey: FormStarts] = [:]
    func add(_ keys: some Sequence<WordKey>, _ bit: FormStarts) {
      for k in keys { t[k, default: []].insert(bit) }
    }
    add([W.between], .between)
    add(NumberLexicon.hedgesByFirstWord.keys, .hedge)
    add([W.none, W.nobody, W.zero, W.nil_, W.no], .zero)
    add(Matcher.auxiliaries, .zero)
    add([W.one, W.no, W.the], .pronoun)
    add(NumberLexicon.labelWords, .label)
    add([W.as], .relative)
    add(Matcher.relatives.map { $0.0[0] }, .relative)
    add(NumberLexicon.months.keys, .relative)
    add(NumberLexicon.months.keys, .month)
    add([W.a], .aDecade)
    add(NumberLexicon.multiples.keys, .multiple)
    // Not "and" or "point": no spelled number starts on them (`SpelledNumberParser.parse`).
    add([W.minus, W.negative, W.a, W.an], .quantity)
    add(NumberLexicon.atoms.keys, .quantity)
    add(NumberLexicon.vague.keys, .quantity)
    add(NumberRecognizer.witnesses, .witness)
    add(NumberLexicon.durationUnits.keys, .timeUnit)
    return t
  }()
}

/// A fixed open-addressing table from word keys to plain values, for lookups made at every
/// word: `FormStarts` for `SentenceView` and `NumberRecognizer.mayHoldNumber`, and the
/// sentence screen's entries.
///
/// A `Dictionary` lookup, with the retain of its storage and the `swift_once` of the static,
/// cost about 130 instructions per word (23 M of a 2,000-article audit over 190,000 words);
/// this one is a multiply, a shift and usually one or two compares, and retains nothing.
struct WordKeyTable<Value: BitwiseCopyable>: @unchecked Sendable {
  private struct Slot {
    var lo: UInt64 = 0
    var hi: UInt64 = 0
    var value: Value
  }

  /// Owns the slots, freeing them with the last copy of the table.
  private final class Storage {
    let slots: UnsafeMutablePointer<Slot>
    init(_ slots: UnsafeMutablePointer<Slot>) { self.slots = slots }
    deinit { slots.deallocate() }
  }

  private let storage: Storage
  private let slots: UnsafeMutablePointer<Slot>
  private let shift: UInt64
  private let mask: Int
  private let absent: Value

  /// `absent` is what a key not in `entries` reads as.
  init(_ entries: [WordKey: Value], absent: Value) {
    // A load under a quarter: a word that is in no table (most are) stops at an empty slot.
    var bits = 4
    while 1 << bits < 4 * entries.count { bits += 1 }
    shift = UInt64(64 - bits)
    mask = (1 << bits) - 1
    self.absent = absent
    slots = .allocate(capacity: 1 << bits)
    slots.initialize(repeating: Slot(value: absent), count: 1 << bits)
    storage = Storage(slots)
    for (key, value) in entries {
      var i = slot(key)
      while slots[i].lo != 0 { i = (i &+ 1) & mask }
      slots[i] = Slot(lo: key.lo, hi: key.hi, value: value)
    }
  }

  /// A key's home slot: the high bits of a multiplicative hash. `lo` is never 0 for a key.
  /// `shift` lies in 1...60, so the masking shift is the plain one without its range check.
  private func slot(_ key: WordKey) -> Int {
    Int(truncatingIfNeeded: ((key.lo ^ (key.hi &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15) &>> shift)
  }

  subscript(key: WordKey) -> Value {
    var i = slot(key)
    while true {
      let s = slots[i]
      if s.lo == key.lo && s.hi == key.hi { return s.value }
      if s.lo == 0 { return absent }
      i = (i &+ 1) & mask
    }
  }
}

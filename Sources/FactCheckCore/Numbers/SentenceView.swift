/// One sentence's tokens without the white space, each with its lowercase word key and the
/// kind of gap before it, so matchers can look ahead by index.
struct SentenceView {
  /// What separates a token from the one before it.
  enum Gap: Equatable { case none, groupSpace, space, lineBreak }

  struct Item {
    var range: SourceRange
    var kind: Token.Kind
    var number: Double?
    var key: WordKey?
    var gap: Gap
    /// The forms that can start here: `Matcher` tries only these.
    var starts: FormStarts
  }

  let bytes: [UInt8]
  /// The number of items (tokens but spaces).
  let count: Int
  /// Owns the items' memory: one allocation with room for every token of the sentence.
  private let storage: Storage
  /// The first item, in `storage`: its elements stay where they are for the object's life, and
  /// this view holds it.
  private let items: UnsafeMutablePointer<Item>
  /// The index of the last token `NumberRecognizer.mayHoldNumber` would stop at, or -1: no
  /// expression starts after it.
  let lastAnchor: Int

  /// Items are plain values, so the buffer frees them without deinitialising each.
  fileprivate final class Storage: ManagedBuffer<Void, Item> {}

  /// Item memory a caller making views one after another keeps for the next: the extractor
  /// made one for each of a document's sentences with a number (an allocation and a free,
  /// about 600 instructions, for each of 8,900 sentences of 2,000 articles).
  struct Room {
    fileprivate var storage: Storage?
    /// How many items `storage` has room for, kept here: read from the buffer's header (a
    /// class's stored property) it was a dynamic exclusivity check at every sentence, and
    /// `ManagedBuffer.capacity` asks the allocator.
    fileprivate var capacity = 0
    init() {}
  }

  /// Both arguments are only read: borrowed, not passed owned as an initializer's arguments
  /// otherwise are (the document was copied for each sentence with a number).
  init(document: borrowing Document, tokens: borrowing [Token]) {
    var room = Room()
    self.init(document: document, tokens: tokens, room: &room)
  }

  /// A view whose items are written into `room`'s memory when it has room for them and no other
  /// view holds it (an earlier view still alive keeps its own items); otherwise into new memory,
  /// which `room` then keeps.
  init(document: borrowing Document, tokens: borrowing [Token], room: inout Room) {
    let bytes = document.utf8
    self.bytes = bytes
    // Written in place, with room for every token: appending checked uniqueness and capacity at
    // each of 171,000 items of a 2,000-article audit, and the array's unspecialised
    // uninitialised-capacity allocation looked its type up at 800 instructions a sentence.
    // Uniqueness is asked before the kept memory is read: a reference taken first would count.
    let storage: Storage
    if room.capacity >= tokens.count, isKnownUniquelyReferenced(&room.storage) {
      storage = room.storage.unsafelyUnwrapped
    } else {
      // Room for a long sentence at the first, so that a document's later sentences fit.
      let capacity = Swift.max(tokens.count, 128)
      storage = unsafeDowncast(Storage.create(minimumCapacity: capacity) { _ in }, to: Storage.self)
      room.storage = storage
      room.capacity = capacity
    }
    let items = storage.withUnsafeMutablePointerToElements { $0 }
    var last = -1
    // Keyed through a buffer pointer: through the array, each word retained it.
    count = tokens.withUnsafeBufferPointer { ts in
      bytes.withUnsafeBufferPointer { b in Self.fill(items, from: ts, b, bytes, lastAnchor: &last) }
    }
    self.storage = storage
    self.items = items
    lastAnchor = last
  }

  /// Writes the tokens but spaces to the front of `out` (room for all the tokens) and returns
  /// how many; `lastAnchor` gets the index of the last anchor token.
  ///
  /// Two passes, each with few values live: one loop doing both kept about twenty in flight
  /// (the table's, the item's, the gap's), and the compiler moved them to and from the stack at
  /// every word.
  private static func fill(
    _ out: UnsafeMutablePointer<Item>, from tokens: UnsafeBufferPointer<Token>,
    _ b: UnsafeBufferPointer<UInt8>, _ bytes: [UInt8], lastAnchor: inout Int
  ) -> Int {
    var n = 0
    var lastNumber = -1
    var pending: Gap = .none
    for t in tokens {
      let r = t.range
      if t.kind == .space {
        // Most spaces are one ASCII space after a token: decided first, as `classify` and
        // `merge` would (their tests in turn were about 9 instructions more for each of
        // 139,000 spaces of 2,000 articles).
        if pending == .none && r.length == 1 && b[r.start] == 0x20 {
          pending = .groupSpace
          continue
        }
        pending = merge(pending, classify(b, r, bytes))
        continue
      }
      var starts: FormStarts = []
      if t.kind != .word {
        if t.number != nil { starts.insert(.digits) }
        if t.kind == .number || t.kind == .punctuation { starts.insert(.quantity) }
        if t.kind == .number { lastNumber = n }
        // "$" or the first byte of "£" (`Matcher.money`). Asked of the other tokens only: a
        // word is neither (ICU tags no currency sign a word), and the test was five
        // instructions at each of 135,000 words of a 2,000-article audit.
        if r.length > 0, b[r.start] == 0x24 || b[r.start] == 0xC2 { starts.insert(.money) }
      }
      (out + n).initialize(
        to: Item(range: r, kind: t.kind, number: t.number, key: nil, gap: pending, starts: starts))
      // At most `tokens.count`: cannot overflow.
      n &+= 1
      pending = .none
    }
    lastAnchor = Swift.max(lastNumber, keyWords(out, count: n, b))
    return n
  }

  /// Gives each word item its key and the forms that start on it, and returns the index of the
  /// last anchor word, or -1.
  private static func keyWords(
    _ items: UnsafeMutablePointer<Item>, count n: Int, _ b: UnsafeBufferPointer<UInt8>
  ) -> Int {
    let table = FormStarts.table
    var last = -1
    guard let base = b.baseAddress else { return -1 }
    let raw = UnsafeRawPointer(base)
    for i in 0..<n where items[i].kind == .word {
      let r = items[i].range
      // Offsets into the buffer: the length cannot overflow.
      let length = r.end &- r.start
      var starts: FormStarts = []
      var keyed = false
      // Looked up in each branch, so the short word's empty second half is a constant there.
      // The eight-byte load of a short word stays in the buffer: `r.start + 8 <= b.count`.
      if UInt(bitPattern: length &- 1) < 8 && r.start &+ 8 <= b.count {
        let lo = WordKey.packedShort(raw, r.start, length)
        if lo != 0 {
          let key = WordKey(lo: lo, hi: 0)
          starts = table[key]
          items[i].key = key
          keyed = true
        }
      } else {
        let key = WordKey.packed(b, r)
        if key.lo != 0 {
          starts = table[key]
          items[i].key = key
          keyed = true
        }
      }
      let fold = length > 4 && endsInFold(b, r.end)
      if fold && keyed { starts.insert(.multiple) }
      items[i].starts.formUnion(starts)
      // As `NumberRecognizer.isAnchorWord`: a "-fold" word, a witness, a capitalised month.
      if fold || starts.contains(.witness) || (starts.contains(.month) && b[r.start] < 0x61) {
        last = i
      }
    }
    return last
  }

  /// True when the word ending at `end` ends in "fold" (any case).
  static func endsInFold(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
    b[end - 4] | 0x20 == 0x66 && b[end - 3] | 0x20 == 0x6F && b[end - 2] | 0x20 == 0x6C
      && b[end - 1] | 0x20 == 0x64
  }

  /// True when `i` indexes an item (one unsigned compare also rules out negatives).
  func contains(_ i: Int) -> Bool { UInt(bitPattern: i) < UInt(bitPattern: count) }

  subscript(i: Int) -> Item {
    precondition(contains(i), "item index out of range")
    return items[i]
  }

  /// True when `i` is a word with key `k`.
  func `is`(_ i: Int, _ k: WordKey) -> Bool { contains(i) && items[i].key == k }

  func isNumber(_ i: Int) -> Bool { contains(i) && items[i].kind == .number }

  /// True when token `i` follows the previous one on the same line (not across a line break).
  func joined(_ i: Int) -> Bool { contains(i) && items[i].gap != .lineBreak }

  func adjacent(_ i: Int) -> Bool { contains(i) && items[i].gap == .none }

  /// The single byte of a one-byte punctuation token, or nil.
  func punct(_ i: Int) -> UInt8? {
    guard contains(i), items[i].kind == .punctuation, items[i].range.length == 1 else {
      return nil
    }
    return bytes[items[i].range.start]
  }

  /// A hyphen, en dash, em dash or minus sign.
  func isDash(_ i: Int) -> Bool {
    guard contains(i), items[i].kind == .punctuation else { return false }
    let r = items[i].range
    if r.length == 1 { return bytes[r.start] == 0x2D }
    guard r.length == 3, bytes[r.start] == 0xE2 else { return false }
    let (b1, b2) = (bytes[r.start + 1], bytes[r.start + 2])
    return (b1 == 0x80 && (b2 == 0x90 || b2 == 0x91 || b2 == 0x93 || b2 == 0x94))
      || (b1 == 0x88 && b2 == 0x92)
  }

  /// A hyphen or minus sign (not a dash used as a clause break).
  func isHyphen(_ i: Int) -> Bool {
    guard isDash(i) else { return false }
    let r = items[i].range
    return r.length == 1 || bytes[r.start + 1] == 0x88 || bytes[r.start + 2] <= 0x91
  }

  func isPound(_ i: Int) -> Bool {
    guard contains(i) else { return false }
    let r = items[i].range
    return r.length == 2 && bytes[r.start] == 0xC2 && bytes[r.start + 1] == 0xA3
  }

  /// True when the word's first letter is an ASCII capital.
  func isCapitalised(_ i: Int) -> Bool {
    let b = bytes[self[i].range.start]
    return b >= 0x41 && b <= 0x5A
  }

  /// Digits after the decimal point of a number token, and whether it has one.
  func decimals(_ i: Int) -> Int? {
    let r = self[i].range
    guard let p = bytes[r.start..<r.end].firstIndex(of: 0x2E) else { return nil }
    return r.end - p - 1
  }

  /// True when the number token is written with digits only (no comma or point).
  func plainDigitCount(_ i: Int) -> Int? {
    guard contains(i) else { return nil }
    let r = items[i].range
    for j in r.start..<r.end where bytes[j] < 0x30 || bytes[j] > 0x39 { return nil }
    return r.length
  }

  func range(_ from: Int, _ to: Int) -> SourceRange {
    SourceRange(start: self[from].range.start, end: self[to - 1].range.end)
  }

  /// `b` and `bytes` are the same bytes: the array only for `UTF8Space`, on the rare spaces
  /// longer than a byte.
  private static func classify(_ b: UnsafeBufferPointer<UInt8>, _ r: SourceRange, _ bytes: [UInt8]) -> Gap {
    // Most spaces are one byte: decided here, as below, without the scans (classifying was
    // 8.4 M instructions over 139,000 spaces of a 2,000-article audit).
    if r.length == 1 {
      let c = b[r.start]
      return c == 0x0A || c == 0x0D ? .lineBreak : c == 0x20 ? .groupSpace : .space
    }
    if b[r.start..<r.end].contains(where: { $0 == 0x0A || $0 == 0x0D }) { return .lineBreak }
    if UTF8Space.isDigitGroupSpace(bytes, r) { return .groupSpace }
    if r.length == 3, b[r.start] == 0xE2, b[r.start + 1] == 0x80, b[r.start + 2] == 0xA8 {
      return .lineBreak
    }
    return .space
  }

  private static func merge(_ a: Gap, _ b: Gap) -> Gap {
    if a == .lineBreak || b == .lineBreak { return .lineBreak }
    if a == .none { return b }
    return .space
  }
}

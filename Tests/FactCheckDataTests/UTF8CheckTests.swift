import Testing

@testable import FactCheckData

/// `DocumentLoader.firstInvalidUTF8` validates bytes without making a String (the HTML reader
/// checks each text piece with it); the standard library is the reference.
@Suite struct UTF8CheckTests {
  static let pieces: [[UInt8]] = [
    Array("a".utf8), Array("é".utf8), Array("€".utf8), Array("😀".utf8), Array("\u{A0}".utf8),
    [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xE0, 0x80, 0x80], [0xE0, 0xA0],
    [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF],
    [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF],
    [0xE2, 0x80], [0x00], [0x7F],
  ]

  @Test func agreesWithTheStandardLibrary() {
    var random = SystemRandomNumberGenerator()
    var inputs: [[UInt8]] = [[]] + Self.pieces
    let ascii = Array("The rate rose to 12.5 per 1,000 people in 2019-20, said the council.".utf8)
    for k in 0..<10_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 1...6, using: &random) {
        // Half the inputs with ASCII runs between the pieces, long enough for the
        // sixteen-byte blocks, the pieces at every alignment.
        if k % 2 == 1 { bytes += ascii.prefix(Int.random(in: 0...40, using: &random)) }
        bytes += Bool.random(using: &random)
          ? Self.pieces.randomElement(using: &random)!
          : [UInt8.random(in: 0...255, using: &random)]
      }
      inputs.append(bytes)
    }
    for bytes in inputs {
      let valid = bytes.withUnsafeBufferPointer { DocumentLoader.firstInvalidUTF8($0) == nil }
      #expect(valid == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
    }
  }

  /// `DocumentLoader.firstProblem`, one pass sixteen bytes at a time, against the two searches
  /// it stands for (a NUL anywhere first, then invalid UTF-8), on ASCII runs long enough for
  /// its blocks with the pieces (NUL among them) dropped in at every alignment.
  @Test func oneProblemPassAgreesWithTheTwoSearches() {
    // A fixed generator: the counts of each answer below are the same on every run.
    var state: UInt64 = 3
    func next(_ n: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(n))
    }
    let ascii = Array("The rate rose to 12.5 per 1,000 people in 2019-20, said the council.\n".utf8)
    var inputs: [[UInt8]] = [[], [0], Array(ascii.prefix(15)), Array(ascii.prefix(16)), Array(ascii.prefix(17))]
    for _ in 0..<20_000 {
      var bytes: [UInt8] = []
      for _ in 0..<1 + next(5) {
        bytes += ascii.prefix(next(41))
        // A piece half the time (a NUL among them), a random byte a quarter.
        switch next(4) {
        case 0, 1: bytes += Self.pieces[next(Self.pieces.count)]
        case 2: bytes.append(UInt8(next(256)))
        default: break
        }
      }
      inputs.append(bytes)
    }
    var found = (nul: 0, invalid: 0)
    for bytes in inputs {
      let expected: DocumentLoader.Problem? =
        if let nul = DocumentLoader.firstNUL(bytes) { .binary(nul) }
        else if let bad = DocumentLoader.firstInvalidUTF8(bytes) { .invalidUTF8(bad) }
        else { nil }
      #expect(DocumentLoader.firstProblem(bytes) == expected, "\(bytes)")
      switch expected {
      case .binary?: found.nul += 1
      case .invalidUTF8?: found.invalid += 1
      case nil: break
      }
    }
    // Not vacuous: each answer is met many times.
    #expect(found.nul > 500, "\(found)")
    #expect(found.invalid > 500, "\(found)")
    #expect(inputs.count - found.nul - found.invalid > 500, "\(found)")
  }
}

@testable import FactCheckCore
import Testing

/// `Verifier.areaParts` splits an ASCII joint area name by its bytes; `split(separator:)` on
/// characters is the reference, for names with separators at either end, doubled, run
/// together, and names outside ASCII (combining marks after a space, CR LF).
@Suite struct AreaPartsTests {
  static let pieces = [
    " + ", " + ", "+", " ", "  ", "Kent", "Medway", "A", "Ærø", "e\u{301}", " \u{301}", "\r\n", "\r",
    "+ ", " +", "x+y", "",
  ]

  @Test func agreesWithSplit() {
    var state: UInt64 = 7
    func next(_ n: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(n))
    }
    var names = [""] + Self.pieces + ["Kent + Medway", " + Kent + ", "Kent +  + Medway", "Kent + + Medway"]
    for _ in 0..<20_000 {
      names.append((0..<next(7)).map { _ in Self.pieces[next(Self.pieces.count)] }.joined())
    }
    var joint = 0
    for name in names {
      let parts = Verifier.areaParts(name)
      #expect(parts == name.split(separator: " + ").map(String.init), "\(Array(name.utf8))")
      if parts.count > 1 { joint += 1 }
    }
    #expect(joint > 1000)
  }
}

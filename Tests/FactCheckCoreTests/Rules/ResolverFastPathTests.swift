import Testing

@testable import FactCheckCore

/// The resolver's shortcuts give what the general code they skip gives.
@Suite struct ResolverFastPathTests {
  /// A small deterministic generator, so a failure repeats.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  static func claim(_ start: Int, _ end: Int) -> Claim {
    let range = SourceRange(start: start, end: end)
    return Claim(range: range, expression: NumericExpression(range: range, value: Double(start), form: .number),
                 kind: .count)
  }

  /// Claims added in any order (mostly ascending, as the resolver adds them, which takes the
  /// append path) sit in expression order after any claims already there.
  @Test func claimsInsertedInAnyOrderSitInExpressionOrder() {
    var g = Generator(state: 7)
    for round in 0..<300 {
      var document = (0..<g.next(4)).map { Self.claim(-10 - $0, -$0) }
      let before = document
      // The document's list of expressions, left over from a sentence before.
      var list = (0..<g.next(3)).map { 100 + $0 }
      var claims = SentenceClaims(taking: &document, expressions: &list)
      #expect(document.isEmpty)
      #expect(claims.count == 0)
      var order = Array(Set((0..<g.next(8)).map { _ in g.next(12) }))
      if round % 2 == 0 { order.sort() } else { order.shuffle(using: &g) }
      for i in order { claims.insert(Self.claim(i, i + 1), for: i) }
      #expect(claims.expressions == order.sorted())
      for i in order { #expect(claims.position(of: i).map { claims.all[$0].range.start } == i) }
      claims.release(into: &document, expressions: &list)
      #expect(list == order.sorted())
      #expect(Array(document.prefix(before.count)) == before)
      #expect(document.dropFirst(before.count).map(\.range.start) == order.sorted())
    }
  }

  /// `inOrder` says true exactly when sorting the claims from `start` on would change nothing:
  /// empty and one-claim runs, equal ranges, ranges sharing a start, out-of-order pairs.
  @Test func inOrderAgreesWithSorting() {
    var g = Generator(state: 11)
    for _ in 0..<2_000 {
      let claims = (0..<g.next(6)).map { _ in
        let start = g.next(5)
        return Self.claim(start, start + g.next(3))
      }
      let start = g.next(claims.count + 1)
      var sorted = claims
      sorted[start...].sort { $0.range < $1.range }
      #expect(SentenceResolver.inOrder(claims, from: start) == (sorted.map(\.range) == claims.map(\.range)),
              "\(claims.map(\.range)) from \(start)")
    }
  }

  @Test func isChangeReadsAsTheClaimDoes() {
    for kind in ClaimKind.allCases {
      var c = Self.claim(0, 1)
      c.kind = kind
      #expect(SentenceResolver.isChange(kind) == c.isChange, "\(kind)")
    }
  }
}

extension ResolverFastPathTests.Generator: RandomNumberGenerator {
  mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state
  }
}

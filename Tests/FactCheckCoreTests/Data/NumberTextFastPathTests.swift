@testable import FactCheckCore
import Testing

/// `NumberText.format` writes most numbers on the stack (`write`); `formatGenerally` is the
/// general way. Both must give the same text for every number, and `CellCheck.show` (written
/// the same way) the same as `showGenerally`.
@Suite struct NumberTextFastPathTests {
  /// Whole, one-place and many-place values of every size, both signs, halves and the values
  /// next to them, zeros, the limits of exact integers and what lies beyond.
  static let values: [Double] = {
    var v: [Double] = [
      0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.5, -0.5, 1, -1, 7, 9.95, 9.96, 10, 99.5, 999.95,
      704.2, 1596, -1596, 6.6844, -6.6844, 27.35, 1e-9, -1e-9, 123.456789, 0.1 + 0.2,
      9_007_199_254_740_991, 9_007_199_254_740_992, 9_007_199_254_740_994, -9_007_199_254_740_991,
      900_719_925_474_099.1, 1e15 + 0.5, 1e16, 1e23, -1e23, .greatestFiniteMagnitude,
      .infinity, -.infinity, .nan, .leastNonzeroMagnitude, .ulpOfOne,
    ]
    var x = 1.0
    for _ in 0..<18 {
      v += [x, -x, x - 1, x + 1, x / 3, -x / 3, x * 1.05, x + 0.45, x + 0.55]
      x *= 10
    }
    var g = SystemRandomNumberGenerator()
    for _ in 0..<400 {
      let magnitude = Double.random(in: -3...16, using: &g)
      v.append((Bool.random(using: &g) ? 1 : -1) * Double.random(in: 1..<10, using: &g) * pow10(magnitude))
    }
    return v
  }()

  static func pow10(_ e: Double) -> Double {
    var r = 1.0
    for _ in 0..<Int(e.rounded(.down).magnitude) { r *= 10 }
    return e < 0 ? 1 / r : r
  }

  @Test func formatMatchesTheGeneralWay() {
    for value in Self.values {
      for decimals in [nil, 0, 1, 2, 3, 6, 7] as [Int?] {
        for signed in [false, true] {
          #expect(NumberText.format(value, decimals: decimals, signed: signed)
            == NumberText.formatGenerally(value, decimals: decimals, signed: signed),
            "\(value) decimals \(String(describing: decimals)) signed \(signed)")
        }
      }
    }
  }

  /// The stack writer declines exactly what it cannot write, and what it writes fits its room.
  @Test func writeDeclinesOnlyTheGeneralCases() {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: NumberText.maxLength) { buffer in
      for value in Self.values {
        let n = NumberText.write(value, decimals: nil, signed: false, to: buffer.baseAddress!)
        let scaled = (abs(value) * (value == value.rounded() ? 1 : 10)).rounded()
        #expect((n == nil) == !(scaled < 9_007_199_254_740_992), "\(value)")
        if let n { #expect(n <= NumberText.maxLength) }
      }
      #expect(NumberText.write(1, decimals: 7, signed: false, to: buffer.baseAddress!) == nil)
    }
  }

  /// Digits grouped in threes, against a plain grouping of `String(n)`, at every length.
  @Test func groupsEveryLength() {
    func plain(_ n: Int) -> String {
      var out = ""
      for (i, c) in String(n).enumerated() {
        if i > 0 && (String(n).count - i) % 3 == 0 { out.append(",") }
        out.append(c)
      }
      return out
    }
    var numbers: [Int] = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9_007_199_254_740_991]
    var p = 1
    for _ in 0..<16 {
      numbers += [p - 1, p, p + 1, p * 5 + 7, p * 9 + p - 1]
      p *= 10
    }
    var g = SystemRandomNumberGenerator()
    for _ in 0..<300 { numbers.append(Int.random(in: 0..<9_007_199_254_740_992, using: &g) >> Int.random(in: 0..<53, using: &g)) }
    for n in numbers where n >= 0 && n < 9_007_199_254_740_992 {
      #expect(NumberText.format(Double(n)) == plain(n), "\(n)")
      #expect(NumberText.formatGenerally(Double(n)) == plain(n), "\(n)")
    }
  }

  @Test func showMatchesTheGeneralWay() {
    let units: [MeasureUnit] = [.count, .percent, .oneInN, .rate(base: 100_000), .rate(base: 1e23), .rate(base: 2.5)]
    for value in Self.values {
      for unit in units {
        #expect(CellCheck.show(value, unit: unit) == CellCheck.showGenerally(value, unit: unit), "\(value) \(unit)")
      }
    }
    #expect(CellCheck.show(27.34, unit: .rate(base: 100_000)) == "27.3 per 100,000")
    #expect(CellCheck.show(-12, unit: .percent) == "−12%")
    #expect(CellCheck.show(812, unit: .oneInN) == "one in 812")
  }
}

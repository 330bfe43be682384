@testable import FactCheckCore
import Testing

@Suite struct NumberFormsTests {
  /// Each form has a bit of its own, so a mask holds exactly the forms put in it.
  @Test func formsHaveDistinctBits() {
    let bits = NumberForm.allCases.map(\.bit)
    #expect(Set(bits).count == NumberForm.allCases.count)
    #expect(bits.allSatisfy { $0 != 0 && $0 & ($0 - 1) == 0 })
  }

  @Test func containsAsTheSet() {
    let all = NumberForm.allCases
    for (i, a) in all.enumerated() {
      for b in all[i...] {
        let set: Set<NumberForm> = [a, b]
        let mask = NumberForms(set)
        for form in all { #expect(mask.contains(form) == set.contains(form)) }
      }
    }
    #expect(!NumberForms([]).contains(.number))
  }
}

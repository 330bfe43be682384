/// A set of number forms as one bit per form.
///
/// The resolver asks of every measure phrase near a number whether its rule takes the number's
/// form. `Set<NumberForm>` hashed the form's raw-value String to answer (about 4 M instructions
/// for 2,000 articles); here it is a mask.
struct NumberForms: Sendable, Equatable {
  private var bits: UInt32 = 0

  init(_ forms: some Sequence<NumberForm>) {
    for form in forms { bits |= form.bit }
  }

  func contains(_ form: NumberForm) -> Bool { bits & form.bit != 0 }

  var isEmpty: Bool { bits == 0 }
}

extension NumberForm {
  /// The form's own bit in `NumberForms` (`NumberFormsTests` checks that no two share one).
  var bit: UInt32 {
    switch self {
    case .number: 1 << 0
    case .percent: 1 << 1
    case .percentagePoints: 1 << 2
    case .rate: 1 << 3
    case .oneInN: 1 << 4
    case .fraction: 1 << 5
    case .multiple: 1 << 6
    case .ordinal: 1 << 7
    case .zero: 1 << 8
    case .money: 1 << 9
    case .year: 1 << 10
    case .financialYear: 1 << 11
    case .date: 1 << 12
    case .relativePeriod: 1 << 13
    case .duration: 1 << 14
    case .label: 1 << 15
    case .pronoun: 1 << 16
    case .occasions: 1 << 17
    case .code: 1 << 18
    }
  }
}

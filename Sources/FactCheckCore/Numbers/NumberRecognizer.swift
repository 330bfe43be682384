// Temporary stand-in until the recogniser lands: digits only.
public struct NumberRecognizer: Sendable {
  public init() {}
  public func recognize(in document: Document, tokens: [Token]) -> [NumericExpression] {
    tokens.compactMap { t in
      guard t.kind == .number, let v = t.number else { return nil }
      return NumericExpression(range: t.range, value: v, form: .number)
    }
  }
}

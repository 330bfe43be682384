import Foundation
import FactCheckCore
import FactCheckICU

let seg = try ICUSegmenter()
let doc = Document(text: CommandLine.arguments.dropFirst().joined(separator: " "))
for s in seg.sentences(in: doc) {
  print("S:", doc.slice(s))
  for t in seg.tokens(in: doc, range: s) where t.kind != .space {
    print("  ", t.kind, "[\(doc.slice(t.range))]", t.number.map { "\($0)" } ?? "")
  }
}

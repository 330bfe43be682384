// The rules loader: the input is one measure rule file in a rule set bound to the real corpus.
// A first line starting with `#set ` is used as the ruleset.yml instead of the default.
import FactCheckCore
import FactCheckData
import FuzzSupport
import Foundation

let root = scratch + "/rules"
let measures: [String: Set<String>] = {
  try? FileManager.default.createDirectory(atPath: root + "/measure", withIntermediateDirectories: true)
  var m: [String: Set<String>] = [:]
  for d in realSetup.corpus.datasets { m[d.id] = Set(d.measures.map(\.id)) }
  return m
}()


public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let input = bytes(data, size)
  var rule = input[...]
  var set: ArraySlice<UInt8> = Array("dataset: mappa\n".utf8)[...]
  if input.starts(with: Array("#set ".utf8)) {
    let nl = input.firstIndex(of: 0x0A) ?? input.count
    set = input[5..<nl]
    rule = nl < input.count ? input[(nl + 1)...] : []
  }
  _ = measures
  write(set, to: root + "/ruleset.yml")
  write(rule, to: root + "/measure/fuzzed.yml")
  if let book = try? RulesLoader.load(from: root, measures: measures) {
    // A rule that loads must also compile into an extractor and run its own examples.
    _ = ClaimExtractor(rules: book.rules, areaNames: [], nationalArea: nil, calendar: nil)
  }
  return 0
}

@_cdecl("fuzz_rules_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  runFuzzer(argc, argv) { fuzz($0, $1) }
}

// Claim extraction and verification over arbitrary text, with the real rules and corpus, and
// the text and JSON reports of the result.
import FactCheckCore
import FactCheckData
import FactCheckReporters
import FuzzSupport

let setup = realSetup
let date = CalendarDate(iso: "2020-11-05")!


public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  guard let document = try? DocumentLoader.decode(bytes(data, size), name: "fuzz") else { return 0 }
  let report = setup.checker.run(document, segmenter: segmenter, options: .init(published: date))
  _ = TextReporter(color: false, explain: true).render([report])
  _ = JSONReporter(tool: .init(name: "factcheck", version: "fuzz"), datasets: [], explain: true).render([report])
  return 0
}

@_cdecl("fuzz_extract_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  runFuzzer(argc, argv) { fuzz($0, $1) }
}

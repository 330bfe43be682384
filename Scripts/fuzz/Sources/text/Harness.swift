// The text layer and number recogniser: any bytes, validated as a document is, then every
// numeric expression recognised, located and sliced, and front matter parsed.
import FactCheckCore
import FactCheckData
import FuzzSupport


public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  guard let document = try? DocumentLoader.decode(bytes(data, size), name: "fuzz") else { return 0 }
  for e in NumberRecognizer().recognizeAll(in: document, segmenter: segmenter) {
    precondition(e.range.start >= 0 && e.range.start <= e.range.end && e.range.end <= document.utf8.count)
    _ = document.slice(e.range)
    _ = document.location(of: e.range.start)
    _ = document.location(of: e.range.end)
  }
  if let front = FrontMatter.parse(document) {
    let blanked = front.blanked(document)
    precondition(blanked.utf8.count == document.utf8.count, "blanked front matter changes length")
  }
  return 0
}

@_cdecl("fuzz_text_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  runFuzzer(argc, argv) { fuzz($0, $1) }
}

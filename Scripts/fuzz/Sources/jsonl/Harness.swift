// The JSON Lines reader: the input as a .jsonl file, split into lines by `ArchiveReader` (its
// `LineReader`), each line read as an article.
import FactCheckData
import FuzzSupport

let file = scratch + "/fuzz.jsonl"


public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  write(bytes(data, size)[...], to: file)
  for item in ArchiveReader(source: ArchiveSource(paths: [file]), stdin: false) {
    _ = ArchiveArticle.read(item)
  }
  return 0
}

@_cdecl("fuzz_jsonl_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  runFuzzer(argc, argv) { fuzz($0, $1) }
}

// The HTML extractor (libxml2 and the tree walk), as `audit` reads an .html file.
import FactCheckData
import FuzzSupport


public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let input = bytes(data, size)
  _ = ArchiveHTML.extract(input)
  _ = ArchiveArticle.read(ArchiveItem(index: 0, name: "fuzz.html", format: .html, bytes: .success(input)))
  return 0
}

@_cdecl("fuzz_html_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  runFuzzer(argc, argv) { fuzz($0, $1) }
}

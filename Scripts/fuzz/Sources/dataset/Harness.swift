// The dataset loader: the input is split at NUL bytes into dataset.yml, areas.csv and
// figures.csv (missing parts are the school exclusions fixture), then loaded.
import FactCheckData
import FuzzSupport
import Foundation

let folder = scratch + "/dataset"
let real: [String: [UInt8]] = {
  try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  var files: [String: [UInt8]] = [:]
  for name in ["dataset.yml", "areas.csv", "figures.csv"] {
    files[name] = [UInt8](FileManager.default.contents(atPath: repoRoot + "/Tests/FactCheckDataTests/Fixtures/school_exclusions/" + name)!)
  }
  return files
}()


public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let parts = bytes(data, size).split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
  let names = ["dataset.yml", "areas.csv", "figures.csv"]
  _ = real  // creates the folder
  for (i, name) in names.enumerated() {
    write(i < parts.count ? parts[i] : real[name]![...], to: folder + "/" + name)
  }
  _ = try? DatasetLoader.load(folder)
  return 0
}

@_cdecl("fuzz_dataset_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  runFuzzer(argc, argv) { fuzz($0, $1) }
}

import FactCheckCore
import FactCheckData
import FactCheckICU
import Foundation

/// The repository root, from this file (the harnesses run from any directory).
public let repoRoot: String = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().path

public let segmenter: ICUSegmenter = {
  do { return try ICUSegmenter() } catch { fatalError("ICU: \(error)") }
}()

/// The real Rules/ and Corpus/, wired as `factcheck check` wires them.
public let realSetup: Setup = {
  do {
    let corpus = try DatasetLoader.loadCorpus(repoRoot + "/Corpus")
    return try Setup(corpus: corpus, ruleFolders: [repoRoot + "/Rules"])
  } catch {
    fatalError("cannot load Rules/ and Corpus/: \(error)")
  }
}()

/// A private scratch folder in /dev/shm (or the temp dir) for harnesses that need files.
public let scratch: String = {
  let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
  let dir = base + "/factcheck-fuzz-\(getpid())"
  try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  return dir
}()

public func write(_ bytes: UnsafeRawBufferPointer, to path: String) {
  let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  precondition(fd >= 0, "cannot write \(path)")
  var done = 0
  while done < bytes.count {
    let n = Foundation.write(fd, bytes.baseAddress! + done, bytes.count - done)
    precondition(n > 0)
    done += n
  }
  close(fd)
}

public func write(_ bytes: ArraySlice<UInt8>, to path: String) {
  Array(bytes).withUnsafeBytes { write($0, to: path) }
}

/// The fuzzer's input as bytes.
public func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
  guard let data, size > 0 else { return [] }
  return Array(UnsafeBufferPointer(start: data, count: size))
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// SwiftPM links an executable target with `main` renamed to `<module>_main`; each harness
/// defines that symbol and hands its argv to libFuzzer's driver.
public func runFuzzer(
  _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32 {
  var argc = argc
  var argv = argv
  return LLVMFuzzerRunDriver(&argc, &argv, callback)
}

import Foundation
import Testing

/// Compares `actual` with `Snapshots/<name>` beside this file.
///
/// With `RECORD_SNAPSHOTS` set in the environment, writes the baseline instead and fails, so a
/// recording is never mistaken for a pass. A mismatch fails with a line diff (`-` expected,
/// `+` actual, two lines of context).
func assertSnapshot(
  _ actual: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots").appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
    do {
      try Data(actual.utf8).write(to: url)
      Issue.record("recorded new baseline \(url.path); run again without RECORD_SNAPSHOTS",
                   sourceLocation: sourceLocation)
    } catch {
      Issue.record("cannot write \(url.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let data = FileManager.default.contents(atPath: url.path) else {
    Issue.record("no baseline at \(url.path); record it with RECORD_SNAPSHOTS=1 swift test",
                 sourceLocation: sourceLocation)
    return
  }
  let expected = String(decoding: data, as: UTF8.self)
  guard expected != actual else { return }
  Issue.record("snapshot \(name) differs (- expected, + actual):\n\(lineDiff(expected, actual))",
               sourceLocation: sourceLocation)
}

/// A line diff of two texts: changed lines marked `-`/`+`, with line numbers and context.
func lineDiff(_ expected: String, _ actual: String, context: Int = 2) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  let diff = new.difference(from: old)
  var removed = Set<Int>()
  var inserted = Set<Int>()
  for change in diff {
    switch change {
    case .remove(let offset, _, _): removed.insert(offset)
    case .insert(let offset, _, _): inserted.insert(offset)
    }
  }
  // Walk both texts in step, tagging each output row.
  var rows: [(mark: Character, line: Int, text: String)] = []
  var i = 0
  var j = 0
  while i < old.count || j < new.count {
    if i < old.count, removed.contains(i) {
      rows.append(("-", i + 1, old[i])); i += 1
    } else if j < new.count, inserted.contains(j) {
      rows.append(("+", j + 1, new[j])); j += 1
    } else {
      rows.append((" ", i + 1, i < old.count ? old[i] : "")); i += 1; j += 1
    }
  }
  let changed = rows.indices.filter { rows[$0].mark != " " }
  var out: [String] = []
  var last = -1
  for k in rows.indices where changed.contains(where: { abs($0 - k) <= context }) {
    if last >= 0, k > last + 1 { out.append("  …") }
    out.append("\(rows[k].mark) \(rows[k].line): \(rows[k].text)")
    last = k
  }
  return out.joined(separator: "\n")
}

import Foundation

extension HTMLReport {
  /// The whole page: one file, nothing fetched. Article text reaches it in two ways only: as
  /// HTML-escaped text in the charts, and inside the JSON data block (with `<`, `>`, `&`,
  /// U+2028 and U+2029 escaped), which the page's one script reads and puts in the table with
  /// `textContent`. A Content-Security-Policy allows that script alone (by its hash), so even a
  /// mistake in escaping could not run anything else.
  public func render(heading: String = "factcheck audit", subtitle: String = "") -> String {
    let script = Self.script
    let hash = Data(SHA256.digest(Array(script.utf8))).base64EncodedString()
    var h = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
      script-src 'sha256-\(hash)'; base-uri 'none'; form-action 'none'">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="referrer" content="no-referrer">
      <title>\(Self.escape(heading))</title>
      <style>\(Self.style)</style>
      </head>
      <body>
      <header><h1>\(Self.escape(heading))</h1>
      """
    if !subtitle.isEmpty { h += "<p class=\"sub\">\(Self.escape(subtitle))</p>" }
    h += "</header>\n"
    h += figures()
    h += "<section id=\"by-year\"><h2>Verdicts per year of publication</h2>\n" + legend()
      + yearChart() + "</section>\n"
    h += "<section id=\"by-area\"><h2>Verdicts per area</h2>\n" + legend() + areaChart() + "</section>\n"
    h += "<section id=\"top\"><h2>Claims most often contradicted</h2>\n" + topChart() + "</section>\n"
    h += table()
    h += "<script type=\"application/json\" id=\"rows\">" + Self.jsonForScript(rows) + "</script>\n"
    h += "<script>" + script + "</script>\n</body>\n</html>\n"
    return h
  }

  func figures() -> String {
    func share(_ n: Int) -> String {
      total.claims == 0 ? "" : String(format: " <small>(%.1f%%)</small>", 100 * Double(n) / Double(total.claims))
    }
    let items: [(String, String, String)] = [
      ("documents", "Documents", Self.number(Double(documents))),
      ("failed", "Could not be read", Self.number(Double(failed))),
      ("claims", "Claims", Self.number(Double(total.claims))),
      ("supported", "Supported", Self.number(Double(total.supported)) + share(total.supported)),
      ("contradicted", "Contradicted", Self.number(Double(total.contradicted)) + share(total.contradicted)),
      ("unverifiable", "Unverifiable", Self.number(Double(total.unverifiable)) + share(total.unverifiable)),
    ]
    var s = "<section id=\"figures\"><dl class=\"figures\">\n"
    for (key, label, value) in items {
      s += "<div class=\"figure \(key)\"><dt>\(label)</dt><dd data-figure=\"\(key)\">\(value)</dd></div>\n"
    }
    return s + "</dl></section>\n"
  }

  func table() -> String {
    var note = ""
    let left = omitted.values.reduce(0, +)
    if left > 0 {
      let parts = omitted.sorted { $0.key < $1.key }.map { "\(Self.number(Double($0.value))) \($0.key)" }
      note = "<p class=\"note\">The table keeps the first \(Self.number(Double(maxRows))) claims of each "
        + "verdict; \(parts.joined(separator: " and ")) more are counted above but not listed.</p>\n"
    }
    let columns: [(String, String)] = [
      ("verdict", "Verdict"), ("published", "Published"), ("area", "Area"), ("claim", "Claim"),
      ("sentence", "Sentence"), ("message", "Finding"), ("evidence", "Evidence"),
      ("suggestion", "Suggestion"), ("title", "Article"),
    ]
    let heads = columns.map { "<th data-key=\"\($0.0)\" tabindex=\"0\">\($0.1)</th>" }.joined()
    return """
      <section id="table"><h2>Contradicted and unverifiable claims</h2>
      \(note)<div class="controls">
      <label>Filter <input id="filter" type="search" placeholder="words, area, id…" autocomplete="off"></label>
      <label>Verdict <select id="verdict"><option value="">all</option>\
      <option value="contradicted">contradicted</option><option value="unverifiable">unverifiable</option></select></label>
      <span id="count" aria-live="polite"></span>
      </div>
      <noscript><p class="note">The table is drawn by the page's script; enable JavaScript to see it.</p></noscript>
      <div class="scroll"><table id="claims"><thead><tr>\(heads)</tr></thead><tbody></tbody></table></div>
      </section>

      """
  }

  /// Text for HTML content and quoted attribute values (SVG text included).
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s.unicodeScalars {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }

  /// JSON that can sit inside `<script type="application/json">`: no `<` (so no `</script>` or
  /// `<!--`), no `>` or `&`, and no U+2028/U+2029, all written as `\uXXXX` escapes.
  static func jsonForScript(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    var out = ""
    out.reserveCapacity(json.utf8.count)
    for ch in json.unicodeScalars {
      switch ch {
      case "<": out += "\\u003c"
      case ">": out += "\\u003e"
      case "&": out += "\\u0026"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }
}

import Foundation

/// The report's charts, drawn as inline SVG: stacked bars of verdicts per year and per area,
/// and bars of the claims most often contradicted. Every label is escaped.
extension HTMLReport {
  static let colours: [(name: String, colour: String)] = [
    ("supported", "#3f8f5b"), ("contradicted", "#c23b2e"), ("unverifiable", "#9aa1a9"),
  ]

  static func parts(_ c: Counts) -> [Int] { [c.supported, c.contradicted, c.unverifiable] }

  func legend() -> String {
    var s = "<p class=\"legend\">"
    for (name, colour) in Self.colours {
      s += "<span><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><rect width=\"12\" height=\"12\" fill=\"\(colour)\"/></svg> \(name)</span>"
    }
    return s + "</p>\n"
  }

  static func tip(_ label: String, _ c: Counts) -> String {
    "\(label): \(c.claims) claims, \(c.supported) supported, \(c.contradicted) contradicted, \(c.unverifiable) unverifiable"
  }

  /// A round step for about `ticks` gridlines up to `top`.
  static func step(_ top: Int, ticks: Int = 4) -> Int {
    let raw = max(1, Double(top) / Double(ticks))
    let p = pow(10, floor(log10(raw)))
    for m in [1.0, 2, 2.5, 5, 10] where m * p >= raw { return max(1, Int(m * p)) }
    return max(1, Int(10 * p))
  }

  func yearChart() -> String {
    let years = byYear.keys.sorted { a, b in
      let (da, db) = (a.first?.isNumber ?? false, b.first?.isNumber ?? false)
      return da != db ? da : a < b
    }
    guard !years.isEmpty else { return "<p class=\"empty\">No claims.</p>\n" }
    let top = max(1, years.map { byYear[$0]!.claims }.max() ?? 1)
    let step = Self.step(top)
    let ceiling = ((top + step - 1) / step) * step
    let (left, plotH, barW, gap) = (48.0, 220.0, 34.0, 14.0)
    let width = left + Double(years.count) * (barW + gap) + gap
    let height = plotH + 50
    var s = "<svg class=\"chart\" role=\"img\" aria-label=\"Verdicts per year\" width=\"\(Int(width))\" "
      + "height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\">\n"
    for tick in stride(from: 0, through: ceiling, by: step) {
      let y = 10 + plotH - plotH * Double(tick) / Double(ceiling)
      s += "<line x1=\"\(left)\" x2=\"\(width)\" y1=\"\(y)\" y2=\"\(y)\" class=\"grid\"/>"
      s += "<text x=\"\(left - 6)\" y=\"\(y + 4)\" text-anchor=\"end\">\(tick)</text>\n"
    }
    for (i, year) in years.enumerated() {
      let c = byYear[year]!
      let x = left + gap + Double(i) * (barW + gap)
      var y = 10 + plotH
      s += "<g><title>\(Self.escape(Self.tip(year, c)))</title>"
      for (n, (name, colour)) in zip(Self.parts(c), Self.colours) where n > 0 {
        let h = plotH * Double(n) / Double(ceiling)
        y -= h
        s += "<rect class=\"\(name)\" x=\"\(x)\" y=\"\(y)\" width=\"\(barW)\" height=\"\(h)\" fill=\"\(colour)\"/>"
      }
      s += "</g><text x=\"\(x + barW / 2)\" y=\"\(plotH + 28)\" text-anchor=\"middle\">\(Self.escape(year))</text>\n"
    }
    return s + "</svg>\n"
  }

  func areaChart() -> String {
    let areas = byArea.sorted { ($0.value.claims, $1.key) > ($1.value.claims, $0.key) }
    guard !areas.isEmpty else { return "<p class=\"empty\">No claims.</p>\n" }
    let top = max(1, areas.map(\.value.claims).max() ?? 1)
    let (label, plotW, rowH) = (200.0, 460.0, 20.0)
    let width = label + plotW + 60
    let height = Double(areas.count) * rowH + 10
    var s = "<svg class=\"chart\" role=\"img\" aria-label=\"Verdicts per area\" width=\"\(Int(width))\" "
      + "height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\">\n"
    for (i, (area, c)) in areas.enumerated() {
      let y = 5 + Double(i) * rowH
      var x = label
      s += "<text x=\"\(label - 8)\" y=\"\(y + 13)\" text-anchor=\"end\">\(Self.escape(Self.clip(area, 30)))</text>"
      s += "<g><title>\(Self.escape(Self.tip(area, c)))</title>"
      for (n, (name, colour)) in zip(Self.parts(c), Self.colours) where n > 0 {
        let w = plotW * Double(n) / Double(top)
        s += "<rect class=\"\(name)\" x=\"\(x)\" y=\"\(y + 2)\" width=\"\(w)\" height=\"\(rowH - 5)\" fill=\"\(colour)\"/>"
        x += w
      }
      s += "</g><text x=\"\(x + 6)\" y=\"\(y + 13)\" class=\"value\">\(c.claims)</text>\n"
    }
    return s + "</svg>\n"
  }

  func topChart(limit: Int = 15) -> String {
    let top = contradictedClaims.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit)
    guard let most = top.first?.value else { return "<p class=\"empty\">No claim was contradicted.</p>\n" }
    let (label, plotW, rowH) = (470.0, 240.0, 22.0)
    let width = label + plotW + 50
    let height = Double(top.count) * rowH + 10
    var s = "<svg class=\"chart\" role=\"img\" aria-label=\"Claims most often contradicted\" width=\"\(Int(width))\" "
      + "height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\">\n"
    for (i, (claim, n)) in top.enumerated() {
      let y = 5 + Double(i) * rowH
      let w = max(2, plotW * Double(n) / Double(most))
      s += "<text x=\"\(label - 8)\" y=\"\(y + 14)\" text-anchor=\"end\"><title>\(Self.escape(claim))</title>"
        + "\(Self.escape(Self.clip(claim, 72)))</text>"
      s += "<rect class=\"contradicted\" x=\"\(label)\" y=\"\(y + 3)\" width=\"\(w)\" height=\"\(rowH - 6)\" fill=\"\(Self.colours[1].colour)\"/>"
      s += "<text x=\"\(label + w + 6)\" y=\"\(y + 14)\" class=\"value\">\(n)</text>\n"
    }
    return s + "</svg>\n"
  }
}

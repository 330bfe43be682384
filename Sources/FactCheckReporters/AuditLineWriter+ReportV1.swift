import FactCheckCore

/// The report's objects, each key in UTF-8 byte order (as `JSONEncoder`'s `.sortedKeys` would
/// put it) and each optional left out when nil (as `encodeIfPresent` does).
extension AuditLineWriter {
  /// A `check` document plus the archive's `id`, `url` and `title`, in one object.
  mutating func document(_ d: ReportV1.DocumentV1, id: String?, url: String?, title: String?) {
    openObject()
    key("claims")
    openArray()
    for c in d.claims {
      element()
      claim(c)
    }
    closeArray()
    field("data_period", d.data_period)
    field("id", id)
    numbers("ignored", d.ignored)
    field("main_area", d.main_area)
    field("path", d.path)
    field("published", d.published)
    field("published_assumed", d.published_assumed)
    key("summary")
    summary(d.summary)
    field("title", title)
    numbers("unparsed", d.unparsed)
    field("url", url)
    closeObject()
  }

  mutating func claim(_ c: ReportV1.ClaimV1) {
    openObject()
    field("area", c.area)
    field("base_period", c.base_period)
    if let claimed = c.claimed {
      key("claimed")
      interval(claimed)
    }
    field("column", c.column)
    field("direction", c.direction)
    if let e = c.evidence {
      key("evidence")
      evidence(e)
    }
    field("expected", c.expected)
    field("explanation", c.explanation)
    field("form", c.form)
    field("hedge", c.hedge)
    field("kind", c.kind)
    field("line", c.line)
    field("max", c.max)
    field("measure", c.measure)
    field("message", c.message)
    field("min", c.min)
    field("notes", c.notes)
    field("period", c.period)
    key("range")
    range(c.range)
    field("reason", c.reason)
    field("rule", c.rule)
    field("suggestion", c.suggestion)
    field("text", c.text)
    field("unit", c.unit)
    field("value", c.value)
    field("verdict", c.verdict)
    closeObject()
  }

  mutating func evidence(_ e: ReportV1.EvidenceV1) {
    openObject()
    field("area", e.area)
    field("arithmetic", e.arithmetic)
    field("base_period", e.base_period)
    field("dataset", e.dataset)
    field("flags", e.flags)
    field("measure", e.measure)
    field("period", e.period)
    field("release_date", e.release_date)
    field("revisions", e.revisions)
    field("source_kind", e.source_kind)
    field("source_published", e.source_published)
    field("source_url", e.source_url)
    field("value", e.value)
    closeObject()
  }

  mutating func numbers(_ name: StaticString, _ list: [ReportV1.NumberV1]) {
    key(name)
    openArray()
    for n in list {
      element()
      number(n)
    }
    closeArray()
  }

  mutating func number(_ n: ReportV1.NumberV1) {
    openObject()
    field("column", n.column)
    field("form", n.form)
    field("line", n.line)
    key("range")
    range(n.range)
    field("reason", n.reason)
    field("rule", n.rule)
    field("text", n.text)
    field("value", n.value)
    closeObject()
  }

  mutating func range(_ r: ReportV1.Range) {
    openObject()
    field("end", r.end)
    field("start", r.start)
    closeObject()
  }

  mutating func interval(_ i: ClaimInterval) {
    openObject()
    field("lower", i.lower)
    field("lowerOpen", i.lowerOpen)
    field("upper", i.upper)
    field("upperOpen", i.upperOpen)
    closeObject()
  }

  mutating func summary(_ s: DocumentReport.Summary) {
    openObject()
    field("claims", s.claims)
    field("contradicted", s.contradicted)
    field("ignored", s.ignored)
    field("supported", s.supported)
    field("unparsed", s.unparsed)
    field("unverifiable", s.unverifiable)
    closeObject()
  }

  /// An article that could not be read.
  mutating func failure(path: String, id: String?, url: String?, kind: String, message: String,
                        offset: Int?) {
    openObject()
    key("error")
    openObject()
    field("kind", kind)
    field("message", message)
    if let offset { field("offset", offset) }
    closeObject()
    field("id", id)
    field("path", path)
    field("url", url)
    closeObject()
  }
}

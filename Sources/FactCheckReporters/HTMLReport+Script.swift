/// The page's style sheet and its one script. The script reads the rows from the JSON data
/// block and builds the table with `textContent` only (never `innerHTML`); links are made only
/// for http and https addresses.
extension HTMLReport {
  static let style = """
    body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1400px;\
    padding:0 16px;color:#1d232a;background:#fff}
    h1{font-size:24px;margin:0}h2{font-size:18px;margin:28px 0 8px}.sub{color:#5b6570;margin:4px 0 0}
    .figures{display:flex;flex-wrap:wrap;gap:12px;margin:18px 0 0;padding:0}
    .figure{border:1px solid #d8dde3;border-radius:6px;padding:10px 16px;min-width:120px}
    .figure dt{color:#5b6570;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
    .figure dd{margin:2px 0 0;font-size:24px;font-weight:600}.figure small{font-size:13px;font-weight:400;color:#5b6570}
    .figure.contradicted dd{color:#c23b2e}.figure.supported dd{color:#3f8f5b}
    .chart{display:block;max-width:100%;height:auto;font-size:12px}.chart text{fill:#1d232a}
    .chart .grid{stroke:#e3e7eb}.chart .value{fill:#5b6570}
    .legend{margin:0 0 6px;color:#5b6570}.legend span{margin-right:14px}
    .controls{display:flex;gap:16px;align-items:center;flex-wrap:wrap;margin:8px 0}
    .controls input{width:260px;padding:4px 6px}#count{color:#5b6570}
    .scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:13px}
    th,td{border-bottom:1px solid #e3e7eb;padding:6px 8px;text-align:left;vertical-align:top}
    th{background:#f4f6f8;cursor:pointer;white-space:nowrap;position:sticky;top:0}
    th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
    tr.contradicted td:first-child{color:#c23b2e;font-weight:600}tr.unverifiable td:first-child{color:#5b6570}
    td.sentence{min-width:280px}td.claim{white-space:nowrap;font-weight:600;width:1%}
    td.published{white-space:nowrap}td.message,td.evidence{min-width:180px}.note{color:#5b6570}
    """

  static let script = """
    (function () {
      "use strict";
      var rows = JSON.parse(document.getElementById("rows").textContent);
      var body = document.querySelector("#claims tbody");
      var filter = document.getElementById("filter");
      var verdict = document.getElementById("verdict");
      var count = document.getElementById("count");
      var heads = Array.prototype.slice.call(document.querySelectorAll("#claims th"));
      var searched = ["verdict", "reason", "published", "area", "claim", "sentence", "message",
                      "evidence", "suggestion", "title", "id", "path"];
      var sortKey = "verdict", sortDir = 1;
      function text(v) { return v === null || v === undefined ? "" : String(v); }
      function web(u) {
        try {
          var p = new URL(u).protocol;
          return p === "http:" || p === "https:" ? u : null;
        } catch (e) { return null; }
      }
      function link(href, label) {
        var a = document.createElement("a");
        a.href = href;
        a.rel = "noopener noreferrer";
        a.target = "_blank";
        a.textContent = label;
        return a;
      }
      function cell(tr, value, cls) {
        var td = document.createElement("td");
        td.textContent = text(value);
        if (cls) { td.className = cls; }
        tr.appendChild(td);
        return td;
      }
      function row(r) {
        var tr = document.createElement("tr");
        tr.className = r.verdict === "contradicted" ? "contradicted" : "unverifiable";
        cell(tr, r.verdict + (r.reason ? " (" + text(r.reason).replace(/_/g, " ") + ")" : ""));
        cell(tr, r.published, "published");
        cell(tr, r.area);
        cell(tr, r.claim, "claim");
        cell(tr, r.sentence, "sentence");
        cell(tr, r.message, "message");
        var ev = cell(tr, r.evidence, "evidence");
        var source = r.source && web(r.source);
        if (source) {
          ev.appendChild(document.createTextNode(" "));
          ev.appendChild(link(source, "source"));
        }
        cell(tr, r.suggestion);
        var art = document.createElement("td");
        var label = text(r.title || r.id || r.path);
        var url = r.url && web(r.url);
        if (url) { art.appendChild(link(url, label)); } else { art.textContent = label; }
        if (r.id && r.title) {
          var id = document.createElement("div");
          id.className = "note";
          id.textContent = text(r.id);
          art.appendChild(id);
        }
        tr.appendChild(art);
        return tr;
      }
      function draw() {
        var q = filter.value.trim().toLowerCase();
        var v = verdict.value;
        var shown = rows.filter(function (r) {
          if (v && r.verdict !== v) { return false; }
          if (!q) { return true; }
          return searched.some(function (k) { return text(r[k]).toLowerCase().indexOf(q) >= 0; });
        });
        shown.sort(function (a, b) {
          var x = text(a[sortKey]), y = text(b[sortKey]);
          return sortDir * (x < y ? -1 : x > y ? 1 : 0);
        });
        var frag = document.createDocumentFragment();
        shown.forEach(function (r) { frag.appendChild(row(r)); });
        while (body.firstChild) { body.removeChild(body.firstChild); }
        body.appendChild(frag);
        count.textContent = "Showing " + shown.length + " of " + rows.length + " claims";
        heads.forEach(function (th) {
          if (th.getAttribute("data-key") === sortKey) {
            th.setAttribute("aria-sort", sortDir > 0 ? "ascending" : "descending");
          } else {
            th.removeAttribute("aria-sort");
          }
        });
      }
      heads.forEach(function (th) {
        function sort() {
          var key = th.getAttribute("data-key");
          sortDir = key === sortKey ? -sortDir : 1;
          sortKey = key;
          draw();
        }
        th.addEventListener("click", sort);
        th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
      });
      filter.addEventListener("input", draw);
      verdict.addEventListener("change", draw);
      draw();
    })();

    """
}

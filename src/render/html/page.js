"use strict";
// The crosscheck report page: everything is drawn from the JSON in #data, lazily.
(function () {
  const errors = [];
  window.addEventListener("error", (e) => {
    errors.push(String(e.message));
    document.body.dataset.errors = errors.join(" | ");
  });
  const data = JSON.parse(document.getElementById("data").textContent);
  const PAGE = 100;
  const SVG = "http://www.w3.org/2000/svg";

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === "class") node.className = v;
      else if (k.startsWith("data-")) node.setAttribute(k, v);
      else if (k === "text") node.textContent = v;
      else node.setAttribute(k, v);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }
  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  }

  // Filters.
  const chosen = { rule: "", severity: "", event: "" };
  const values = (key) => [...new Set(data.findings.map((f) => f[key]).filter(Boolean))].sort();
  const filters = document.getElementById("filters");
  for (const [key, label] of [["rule", "Rule"], ["severity", "Severity"], ["event", "Event"]]) {
    const select = el("select", { id: "filter-" + key, "aria-label": label });
    select.append(el("option", { value: "", text: "all" }));
    for (const v of values(key)) select.append(el("option", { value: v, text: v }));
    select.addEventListener("change", () => {
      chosen[key] = select.value;
      showFindings();
    });
    filters.append(el("label", null, label, select));
  }

  // Findings, a page at a time as the list scrolls into view.
  const list = document.getElementById("finding-list");
  const more = document.getElementById("more");
  let matching = [];
  let shown = 0;
  function findingItem(f, index) {
    const item = el("li", { class: "finding " + f.severity, id: "finding-" + index });
    item.append(
      el("div", null, el("span", { class: "sev", text: f.severity }), el("span", { class: "rule", text: f.rule + (f.event ? " · " + f.event : "") })),
      el("p", { class: "message", text: f.message }, null)
    );
    if (f.because) item.append(el("p", { class: "why", text: f.because }));
    if (f.fix) item.append(el("p", { class: "fix", text: "fix: " + f.fix }));
    const places = el("ul");
    for (const l of f.locations) {
      const link = el("a", { href: "#r" + l.report + "-" + l.at, "data-report": l.report, "data-at": l.at, text: l.path + ":" + l.line + ":" + l.column });
      link.addEventListener("click", (event) => {
        event.preventDefault();
        reveal(l.report, l.at);
      });
      places.append(el("li", null, link, " ", l.value));
    }
    item.append(places);
    return item;
  }
  function showMore() {
    const end = Math.min(shown + PAGE, matching.length);
    const part = document.createDocumentFragment();
    for (; shown < end; shown++) part.append(findingItem(matching[shown], shown));
    list.append(part);
    more.textContent = shown < matching.length ? "showing " + shown + " of " + matching.length + "…" : "";
  }
  function showFindings() {
    matching = data.findings.filter((f) =>
      (!chosen.rule || f.rule === chosen.rule) && (!chosen.severity || f.severity === chosen.severity) && (!chosen.event || f.event === chosen.event));
    list.replaceChildren();
    shown = 0;
    showMore();
  }
  new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting) && shown < matching.length) showMore();
  }).observe(more);

  // Events: reports side by side, claims marked; tolls and the claim graph as pictures.
  const eventsSection = document.getElementById("events");
  const eventNodes = [];
  data.events.forEach((event, index) => {
    const count = data.findings.filter((f) => f.event === event.label).length;
    const details = el("details", { class: "event", id: "event-" + index },
      el("summary", { text: event.label + " — " + event.reports.length + " report(s), " + count + " finding(s)" }));
    details.addEventListener("toggle", () => {
      if (details.open && !details.dataset.drawn) drawEvent(details, event);
    });
    eventNodes.push(details);
    eventsSection.append(details);
  });
  function drawEvent(details, event) {
    details.dataset.drawn = "yes";
    const body = el("div", { class: "body" });
    const figures = el("div", { class: "figures" });
    for (const toll of event.tolls) figures.append(timeline(toll));
    figures.append(graphPicture(event.graph));
    const columns = el("div", { class: "columns" });
    for (const r of event.reports) columns.append(reportColumn(r));
    body.append(figures, columns);
    details.append(body);
  }
  function reportColumn(r) {
    const report = data.reports[r];
    const text = report.text;
    const pre = el("pre");
    let at = 0;
    for (const c of report.claims) {
      if (c.start < at) continue;
      pre.append(text.slice(at, c.start));
      const fields = Object.entries(c.fields).filter(([, v]) => v !== null && v !== "").map(([k, v]) => k + ": " + v).join("\n");
      pre.append(el("mark", { class: c.kind, id: "r" + r + "-" + c.at, title: c.kind + "\n" + fields, tabindex: "0", text: text.slice(c.start, c.end) }));
      at = c.end;
    }
    pre.append(text.slice(at));
    return el("article", { class: "report", id: "report-" + r },
      el("h3", { text: report.label }),
      el("div", { class: "meta", text: [report.path, report.published, report.time].filter(Boolean).join(" · ") }),
      pre);
  }
  function reveal(r, at) {
    const event = data.events.findIndex((e) => e.reports.includes(r));
    if (event < 0) return;
    const details = eventNodes[event];
    details.open = true;
    if (!details.dataset.drawn) drawEvent(details, data.events[event]);
    const target = document.getElementById("r" + r + "-" + at) || document.getElementById("report-" + r);
    if (!target) return;
    target.scrollIntoView({ block: "center" });
    target.classList.add("flash");
    setTimeout(() => target.classList.remove("flash"), 1500);
  }

  // A toll over time: one dot per report, in publication order.
  function timeline(toll) {
    const points = toll.points.slice().sort((a, b) => ((a.date || "") + (a.time || "")).localeCompare((b.date || "") + (b.time || "")));
    const w = 360, h = 160, pad = 30;
    const lows = points.map((p) => p.low);
    const min = Math.min(...lows), max = Math.max(...lows);
    const x = (i) => pad + (points.length === 1 ? 0 : (i * (w - 2 * pad)) / (points.length - 1));
    const y = (v) => h - pad - (max === min ? 0 : ((v - min) * (h - 2 * pad)) / (max - min));
    const picture = svg("svg", { class: "timeline", viewBox: "0 0 " + w + " " + h, width: w, height: h, role: "img", "aria-label": toll.measure + " over time" });
    picture.append(svg("polyline", { points: points.map((p, i) => x(i) + "," + y(p.low)).join(" "), fill: "none", stroke: "#9a6700", "stroke-width": "2" }));
    points.forEach((p, i) => {
      const dot = svg("circle", { cx: x(i), cy: y(p.low), r: 4, fill: "#1d1d1b" });
      const title = svg("title", {});
      title.textContent = p.label + " " + (p.date || "") + " " + (p.time || "") + ": " + p.text;
      dot.append(title);
      picture.append(dot);
      const label = svg("text", { x: x(i), y: y(p.low) - 8, "text-anchor": "middle" });
      label.textContent = String(p.low);
      picture.append(label);
    });
    return el("figure", null, picture, el("figcaption", { text: toll.measure + " by report, in publication order" }));
  }

  // The claim graph: reports on an inner ring, their figures on an outer ring, lines from each
  // figure to its report and between figures a finding compares.
  function graphPicture(graph) {
    const size = 380, c = size / 2;
    const reports = graph.nodes.filter((n) => n.type === "report");
    const claims = graph.nodes.filter((n) => n.type === "claim");
    const place = {};
    reports.forEach((n, i) => {
      const a = (2 * Math.PI * i) / Math.max(reports.length, 1);
      place[n.id] = [c + 70 * Math.cos(a), c + 70 * Math.sin(a)];
    });
    claims.forEach((n, i) => {
      const a = (2 * Math.PI * i) / Math.max(claims.length, 1);
      place[n.id] = [c + 160 * Math.cos(a), c + 160 * Math.sin(a)];
    });
    const picture = svg("svg", { class: "graph", viewBox: "0 0 " + size + " " + size, width: size, height: size, role: "img", "aria-label": "claim graph" });
    for (const e of graph.edges) {
      const a = place[e.from], b = place[e.to];
      if (!a || !b) continue;
      const line = svg("line", { x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke: e.label === "in" ? "#deded8" : "#b3261e", "stroke-width": e.label === "in" ? 1 : 2 });
      const title = svg("title", {});
      title.textContent = e.label;
      line.append(title);
      picture.append(line);
    }
    for (const n of graph.nodes) {
      const p = place[n.id];
      if (!p) continue;
      const dot = svg("circle", { cx: p[0], cy: p[1], r: n.type === "report" ? 9 : 5, fill: n.type === "report" ? "#1f5fa8" : "#9a6700" });
      const title = svg("title", {});
      title.textContent = n.label + (n.measure ? " (" + n.measure + ")" : "");
      dot.append(title);
      picture.append(dot);
    }
    return el("figure", null, picture, el("figcaption", { text: "claim graph: reports (blue), figures (amber), disagreements (red)" }));
  }

  // Inputs that were not checked.
  if (data.problems.length) {
    const section = document.getElementById("problems");
    section.append(el("h2", { text: "Not checked" }));
    const ul = el("ul");
    for (const p of data.problems) ul.append(el("li", { text: p.path + (p.line ? ":" + p.line : "") + ": " + p.message }));
    section.append(ul);
  }

  const counts = {};
  for (const f of data.findings) counts[f.severity] = (counts[f.severity] || 0) + 1;
  document.getElementById("summary").textContent =
    data.findings.length + " finding(s) (" + Object.entries(counts).map(([k, v]) => v + " " + k).join(", ") + ") in " +
    data.reports.length + " report(s), " + data.events.length + " event(s)" + (data.problems.length ? "; " + data.problems.length + " input(s) not checked" : "");
  showFindings();
  // "#open=all" opens every event (for printing, and for tests); "#r3-120" shows a claim.
  const hash = decodeURIComponent(location.hash.slice(1));
  if (hash === "open=all") eventNodes.forEach((d, i) => { d.open = true; if (!d.dataset.drawn) drawEvent(d, data.events[i]); });
  const target = /^r(\d+)-(\d+)$/.exec(hash);
  if (target) reveal(Number(target[1]), Number(target[2]));
  document.body.dataset.ready = "yes";
})();

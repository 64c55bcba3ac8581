/* escalate's site search. It runs in the reader's browser against the index the build wrote
   into search-index.js (loaded by search.html), so it works from disk (file://) with no
   server. Without JavaScript the header shows a link to the list of procedures instead of the
   box, and search.html says where to look. A theme cannot replace this file. */
(function () {
  "use strict";

  var MAX_RESULTS = 30;

  function normalise(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\u2019/g, "'");
  }

  function words(text) {
    return normalise(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  function prepare(entries) {
    return entries.map(function (e, i) {
      return { entry: e, order: i, heading: words(e.h), all: words(e.w), phrase: normalise(e.h) };
    });
  }

  /* A query word and, for a plural, its singular: "timescales" also finds "timescale" (a
     section saying "timescale" once is about timescales), "processes" "process", "agencies"
     "agency". Words ending "ss" ("process", "address") are not plurals. */
  function forms(word) {
    var out = [word];
    if (word.length <= 3 || word.charAt(word.length - 1) !== "s" || /ss$/.test(word)) return out;
    if (word.length > 4 && /ies$/.test(word)) out.push(word.slice(0, -3) + "y");
    else if (word.length > 4 && /(s|x|z|ch|sh)es$/.test(word)) out.push(word.slice(0, -2));
    out.push(word.slice(0, -1));
    return out;
  }

  /* 2 when a word of the list is one of the query word's forms, 1 when one starts with one. */
  function startsAny(list, word) {
    var f = forms(word);
    var best = 0;
    for (var i = 0; i < list.length; i++) {
      for (var j = 0; j < f.length; j++) {
        if (list[i].indexOf(f[j]) === 0) { if (list[i] === f[j]) return 2; best = 1; }
      }
    }
    return best;
  }

  /* Every word of the query must start a word of the section; words in the heading, whole
     words and the query as a phrase in the heading count for more. */
  function search(query, prepared) {
    var q = words(query);
    if (q.length === 0) return [];
    var phrase = normalise(query).trim();
    var found = [];
    prepared.forEach(function (p) {
      var score = 0;
      for (var i = 0; i < q.length; i++) {
        var h = startsAny(p.heading, q[i]);
        var a = h ? h : startsAny(p.all, q[i]);
        if (!a) return;
        score += (h ? 10 : 1) * a;
      }
      if (phrase.length > 1 && p.phrase.indexOf(phrase) >= 0) score += 20;
      found.push({ p: p, score: score });
    });
    found.sort(function (a, b) { return b.score - a.score || a.p.order - b.p.order; });
    return found.map(function (f) { return f.p.entry; });
  }

  /* The summary with the query's words marked, built as text nodes (never as HTML). */
  function marked(text, query) {
    var fragment = document.createDocumentFragment();
    var q = [].concat.apply([], words(query).map(forms)).map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); });
    if (q.length === 0) { fragment.appendChild(document.createTextNode(text)); return fragment; }
    var pattern = new RegExp("(^|[^\\p{L}\\p{N}])(" + q.join("|") + ")", "giu");
    var plain = normalise(text);
    var last = 0;
    var match;
    /* normalise() keeps one character for each of the text's (accents are dropped after NFD); where
       it does not (a decomposed accent), marking is skipped rather than misplaced. */
    if (plain.length !== text.length) { fragment.appendChild(document.createTextNode(text)); return fragment; }
    while ((match = pattern.exec(plain)) !== null) {
      var start = match.index + match[1].length;
      var end = start + match[2].length;
      fragment.appendChild(document.createTextNode(text.slice(last, start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, end);
      fragment.appendChild(mark);
      last = end;
      if (match[0].length === 0) pattern.lastIndex++;
    }
    fragment.appendChild(document.createTextNode(text.slice(last)));
    return fragment;
  }

  function show(form, output, prepared, query) {
    var root = form.getAttribute("data-root") || "";
    output.textContent = "";
    var status = document.createElement("p");
    status.className = "search-results__status";
    output.appendChild(status);
    if (words(query).length === 0) { status.textContent = "Type a word to search every procedure and the glossary."; return; }
    var results = search(query, prepared);
    if (results.length === 0) {
      status.textContent = "Nothing matches \u201c" + query.trim() + "\u201d. Try fewer words, or another spelling.";
      return;
    }
    status.textContent = (results.length === 1 ? "1 section matches" : results.length + " sections match") + " \u201c" + query.trim() + "\u201d"
      + (results.length > MAX_RESULTS ? "; the first " + MAX_RESULTS + " are shown." : ".");
    var list = document.createElement("ol");
    list.className = "search-results__list";
    results.slice(0, MAX_RESULTS).forEach(function (e) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + e.u;
      link.textContent = e.h;
      var heading = document.createElement("h2");
      heading.className = "search-results__heading";
      heading.appendChild(link);
      item.appendChild(heading);
      var page = document.createElement("p");
      page.className = "search-results__page";
      page.textContent = e.p;
      item.appendChild(page);
      if (e.t) {
        var text = document.createElement("p");
        text.className = "search-results__text";
        text.appendChild(marked(e.t, query));
        item.appendChild(text);
      }
      list.appendChild(item);
    });
    output.appendChild(list);
  }

  function start() {
    /* Every page: the box replaces the link to the list of procedures. */
    var header = document.querySelector("form[data-site-search]");
    var fallback = document.querySelector(".site-search__fallback");
    var page = document.querySelector("form[data-search-page]");
    if (header && !page) {
      header.hidden = false;
      if (fallback) fallback.hidden = true;
    } else if (fallback) {
      fallback.hidden = true;
    }
    if (!page) return;
    var output = document.getElementById(page.getAttribute("data-results"));
    var input = page.querySelector("input[name=q]");
    page.hidden = false;
    if (!window.escalateSearch || !window.escalateSearch.entries) {
      output.textContent = "The search index did not load; find a procedure from the list of all procedures instead.";
      return;
    }
    var prepared = prepare(window.escalateSearch.entries);
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    var timer = null;
    function run() {
      show(page, output, prepared, input.value);
      if (window.history && window.history.replaceState) {
        try { window.history.replaceState(null, "", input.value ? "?q=" + encodeURIComponent(input.value) : window.location.pathname); } catch (e) { /* file:// in some browsers */ }
      }
    }
    page.addEventListener("submit", function (event) { event.preventDefault(); run(); });
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 150); });
    show(page, output, prepared, input.value);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();

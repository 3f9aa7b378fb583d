/*
 * sitegen – client-side search for search/index.html.
 *
 * Loaded as <script src="…/assets/search.js" data-results="resultater"
 *   data-no-results="Ingen resultater." defer>, after <script src="index.js" defer> (and
 * index-2.js, index-3.js ... on a large site), which set window.sitegenSearchIndex: an array
 * of {t: title, u: url relative to the search page,
 * k: kind label, x: plain text}. No dependencies and no requests.
 *
 * Matching is case-insensitive and ignores accents (é = e), but keeps the Danish and
 * Norwegian letters æ, ø and å as letters of their own; the old spellings ae, oe and aa
 * match them (and ä, ö count as æ, ø). Every query word must match; title hits rank first.
 * Results are built with DOM methods and textContent only, never innerHTML.
 */
(function () {
  'use strict';

  var script = document.currentScript || document.querySelector('script[data-index]');
  var form = document.querySelector('.search-form');
  var input = document.getElementById('search-input');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!script || !input || !list || !status) return;

  var lang = (document.documentElement.lang || 'da').toLowerCase();
  var resultsWord = script.getAttribute('data-results') || 'results';
  var resultWord = script.getAttribute('data-result') || resultsWord; // optional singular
  var noResults = script.getAttribute('data-no-results') || '0 ' + resultsWord;
  // Shown when the index is missing or damaged.
  var loadError = script.getAttribute('data-error') ||
    ({ da: 'Søgningen kunne ikke indlæses. Brug forsiden til at finde dokumenterne.',
       nb: 'Søket kunne ikke lastes. Bruk forsiden for å finne dokumentene.',
       nn: 'Søket kunne ikkje lastast. Bruk framsida for å finne dokumenta.',
       no: 'Søket kunne ikke lastes. Bruk forsiden for å finne dokumentene.' })[lang.slice(0, 2)] ||
    'The search could not be loaded. Use the home page to find the documents.';

  var entries = null; // the index, each entry with folded title and text added
  var timer = 0;

  /* ---------- Folding ---------- */

  // Letters kept as they are after lower-casing; ä and ö are the Swedish/German æ and ø.
  var KEEP = { 'æ': 'æ', 'ø': 'ø', 'å': 'å', 'ä': 'æ', 'ö': 'ø' };
  var MARKS = /[\u0300-\u036f]/g;

  // Lower-cases and strips accents one character at a time, and records for every folded
  // character the index of the character it came from, so hits can be shown in the original.
  function fold(text) {
    var out = '';
    var map = [];
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      var code = c.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) c += text.charAt(++i); // surrogate pair
      var low = c.toLocaleLowerCase('da');
      var f = KEEP[low] || low.normalize('NFD').replace(MARKS, '');
      for (var j = 0; j < f.length; j++) {
        out += f.charAt(j);
        map.push(i - c.length + 1);
      }
    }
    map.push(text.length);
    return { s: out, map: map };
  }

  // Turns one folded query word into a pattern where æ/ae, ø/oe and å/aa are the same.
  function wordPattern(word) {
    var pairs = { 'ae': 'æ', 'oe': 'ø', 'aa': 'å' };
    var alt = { 'æ': '(?:æ|ae)', 'ø': '(?:ø|oe)', 'å': '(?:å|aa)' };
    var src = '';
    for (var i = 0; i < word.length; i++) {
      var two = word.substr(i, 2);
      if (pairs[two]) { src += alt[pairs[two]]; i++; continue; }
      var c = word.charAt(i);
      src += alt[c] || c.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
    }
    return new RegExp(src, 'g');
  }

  /* ---------- Searching ---------- */

  // All matches of all patterns in a folded string, as [start, end) in folded positions.
  function findAll(patterns, folded) {
    var hits = [];
    patterns.forEach(function (re) {
      re.lastIndex = 0;
      var m;
      while ((m = re.exec(folded)) !== null) {
        hits.push([m.index, m.index + m[0].length]);
        if (m[0].length === 0) re.lastIndex++;
      }
    });
    return hits.sort(function (a, b) { return a[0] - b[0]; });
  }

  function isWordStart(s, i) {
    return i === 0 || /[\s\-–—(\/"'«».,:;]/.test(s.charAt(i - 1));
  }

  function search(query) {
    var words = fold(query.trim()).s.split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    var patterns = words.map(wordPattern);
    var results = [];
    entries.forEach(function (e) {
      var score = 0;
      for (var w = 0; w < patterns.length; w++) {
        var re = patterns[w];
        re.lastIndex = 0;
        var inTitle = re.exec(e.title.s);
        re.lastIndex = 0;
        var inText = inTitle ? null : re.exec(e.text.s);
        if (!inTitle && !inText) return; // every word must match
        if (inTitle) score += isWordStart(e.title.s, inTitle.index) ? 15 : 10;
        else score += isWordStart(e.text.s, inText.index) ? 2 : 1;
      }
      if (e.title.s === words.join(' ')) score += 20;
      results.push({ e: e, score: score });
    });
    results.sort(function (a, b) {
      return b.score - a.score || a.e.t.localeCompare(b.e.t, lang);
    });
    return results.map(function (r) { return r.e; }).slice(0, 100).map(function (e) {
      return { entry: e, patterns: patterns };
    });
  }

  /* ---------- Rendering ---------- */

  // Appends original text to parent with the hits (folded positions) wrapped in <mark>.
  function appendMarked(parent, original, folded, hits, from, to) {
    var pos = from;
    hits.forEach(function (h) {
      var a = folded.map[h[0]];
      var b = folded.map[h[1]];
      if (a < pos || b > to) return; // overlapping or outside the snippet
      if (a > pos) parent.appendChild(document.createTextNode(original.slice(pos, a)));
      var mark = document.createElement('mark');
      mark.textContent = original.slice(a, b);
      parent.appendChild(mark);
      pos = b;
    });
    if (pos < to) parent.appendChild(document.createTextNode(original.slice(pos, to)));
  }

  // A short piece of the text around the first hit, cut at spaces.
  function snippet(e, patterns) {
    var p = document.createElement('p');
    var text = e.x;
    if (!text) return null;
    var hits = findAll(patterns, e.text.s);
    var center = hits.length ? e.text.map[hits[0][0]] : 0;
    var from = Math.max(0, center - 80);
    var to = Math.min(text.length, from + 240);
    if (from > 0) {
      var space = text.indexOf(' ', from);
      from = space >= 0 && space < center ? space + 1 : from;
    }
    if (to < text.length) {
      var back = text.lastIndexOf(' ', to);
      to = back > center ? back : to;
    }
    if (from > 0) p.appendChild(document.createTextNode('… '));
    appendMarked(p, text, e.text, hits, from, to);
    if (to < text.length) p.appendChild(document.createTextNode(' …'));
    return p;
  }

  function safeHref(u) {
    return /^\s*(javascript|data|vbscript):/i.test(u) ? '#' : u;
  }

  function render(query) {
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!query.trim()) { status.textContent = ''; return; }
    var found = search(query);
    status.textContent = found.length === 0 ? noResults
      : found.length + ' ' + (found.length === 1 ? resultWord : resultsWord);
    found.forEach(function (r) {
      var e = r.entry;
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.setAttribute('href', safeHref(e.u));
      appendMarked(a, e.t, e.title, findAll(r.patterns, e.title.s), 0, e.t.length);
      li.appendChild(a);
      if (e.k) {
        li.appendChild(document.createTextNode(' '));
        var kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = e.k;
        li.appendChild(kind);
      }
      var p = snippet(e, r.patterns);
      if (p) li.appendChild(p);
      list.appendChild(li);
    });
  }

  // Keeps ?q= in the address so a search can be shared and survives reload and back.
  function remember(query) {
    try {
      var url = new URL(location.href);
      if (query.trim()) url.searchParams.set('q', query); else url.searchParams.delete('q');
      history.replaceState(null, '', url.href);
    } catch (err) { /* not allowed for some file:// pages; harmless */ }
  }

  /* ---------- The index ---------- */

  // The build writes the index as search/index.js (and index-2.js ... for a large site), which
  // fill window.sitegenSearchIndex and are loaded by <script> tags before this file: unlike
  // fetch() or XMLHttpRequest, that also
  // works when the site is opened from file://.
  function prepare(data) {
    if (!Array.isArray(data)) throw new Error('index is not an array');
    return data.filter(function (d) { return d && typeof d.t === 'string' && typeof d.u === 'string'; })
      .map(function (d) {
        var t = d.t.normalize('NFC');
        var x = typeof d.x === 'string' ? d.x.normalize('NFC') : '';
        return { t: t, u: d.u, k: typeof d.k === 'string' ? d.k : '', x: x, title: fold(t), text: fold(x) };
      });
  }

  /* ---------- Wiring ---------- */

  var initial = new URLSearchParams(location.search).get('q') || '';
  if (initial) input.value = initial;

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (!entries) return;
      render(input.value);
      remember(input.value);
    }, 200);
  });

  // With the index loaded, searching needs no reload of the page.
  if (form) {
    form.addEventListener('submit', function (event) {
      if (!entries) return; // let the browser submit; the reloaded page tries again
      event.preventDefault();
      clearTimeout(timer);
      render(input.value);
      remember(input.value);
    });
  }

  try {
    entries = prepare(window.sitegenSearchIndex);
  } catch (err) {
    status.textContent = loadError;
    return;
  }
  render(input.value);
})();

// argmap HTML map: builds the page from the JSON embedded in it (the argmap/1 map,
// the audit and the text). All document text goes in through textContent, never as
// markup, so nothing in an article can add elements or scripts. Offsets in the data
// are Unicode code points; the text is split with Array.from to index it the same way.
// ASCII only: this file is embedded into a C++ header at build time.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('argmap-data').textContent);
  var map = data.map, audit = data.audit;
  var chars = Array.from(data.text);
  var TYPES = ['claim', 'report', 'attribution', 'meta'];
  var TYPE_NAMES = { claim: 'claim (opinion)', report: 'report (fact)', attribution: 'attribution', meta: 'meta' };
  var KIND_NAMES = {
    repeated_passage: 'Repeated passages', unsupported_claim: 'Claims with no support',
    certainty_marker: 'Opinions stated as certain', hedge: 'Hedged opinions',
    vague_source: 'Vague or unnamed sources', rhetorical_question: 'Rhetorical questions',
    opinion_caption: 'Captions stating an opinion', undated_fact: 'Facts without a date'
  };

  function slice(a, b) { return chars.slice(a, b).join(''); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function shorten(t, n) { var a = Array.from(t); return a.length <= n ? t : a.slice(0, n - 1).join('') + '\u2026'; }
  function pct(x) { return (Math.round(x * 1000) / 10) + '%'; }

  var sentences = {}, sentenceEls = {}, refs = {};  // refs: sentence id -> side items naming it
  map.sentences.forEach(function (s) { sentences[s.id] = s; refs[s.id] = []; });
  var entities = {};
  map.entities.forEach(function (e) { entities[e.id] = e; });

  // ---- selection: side item -> sentences, sentence -> side items ----
  var selected = [];
  function clearSelection() {
    selected.forEach(function (e) { e.classList.remove('hl'); });
    selected = [];
  }
  function mark(e) { e.classList.add('hl'); selected.push(e); }
  function selectSentences(ids, source) {
    clearSelection();
    if (source) mark(source);
    ids.forEach(function (id) { if (sentenceEls[id]) mark(sentenceEls[id]); });
    if (ids.length && sentenceEls[ids[0]]) sentenceEls[ids[0]].scrollIntoView({ block: 'center', behavior: 'auto' });
  }
  function selectFromSentence(id) {
    clearSelection();
    mark(sentenceEls[id]);
    var items = refs[id] || [];
    items.forEach(function (item) {
      mark(item);
      for (var n = item.parentElement; n; n = n.parentElement)  // open collapsed ancestors
        if (n.classList && n.classList.contains('collapsed')) setCollapsed(n, false);
    });
    if (items.length) items[0].scrollIntoView({ block: 'nearest', behavior: 'auto' });
  }
  function clickable(item, ids) {
    item.classList.add('item');
    item.setAttribute('data-sentences', ids.join(' '));
    item.tabIndex = 0;
    ids.forEach(function (id) { if (refs[id]) refs[id].push(item); });
    var go = function () { selectSentences(ids, item); };
    item.addEventListener('click', go);
    item.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') go(); });
    return item;
  }

  // ---- header: title, figures, controls, legend ----
  var header = el('header');
  header.appendChild(el('h1', null, 'argmap \u00b7 ' + data.name));
  var total = audit.document.sentences;
  header.appendChild(el('div', 'info', map.document.language + ' \u00b7 ' + (map.document.date || 'no date') +
    ' \u00b7 ' + total + ' sentences \u00b7 ' + audit.document.characters + ' characters'));
  var bar = el('div', 'shares');
  var parts = [];
  TYPES.forEach(function (t) {
    var seg = el('span');
    seg.style.width = (audit.shares[t] * 100) + '%';
    seg.style.background = 'var(--' + t + ')';
    seg.title = t + ' ' + pct(audit.shares[t]);
    bar.appendChild(seg);
    parts.push(t + ' ' + pct(audit.shares[t]) + ' of sentences (' + pct(audit.char_shares[t]) + ' of characters)');
  });
  header.appendChild(bar);
  header.appendChild(el('div', 'shares-text', parts.join(' \u00b7 ')));

  var controls = el('div', 'controls');
  controls.appendChild(el('span', null, 'Show:'));
  var shown = {};
  TYPES.forEach(function (t) {
    shown[t] = true;
    var label = el('label');
    var box = el('input');
    box.type = 'checkbox'; box.checked = true; box.id = 'filter-' + t;
    box.addEventListener('change', function () { shown[t] = box.checked; applyFilters(); });
    label.appendChild(box);
    label.appendChild(document.createTextNode(' ' + t));
    controls.appendChild(label);
  });
  var sourceSelect = el('select');
  sourceSelect.id = 'filter-source';
  sourceSelect.appendChild(new Option('all sources', ''));
  var sourceOf = {};  // sentence id -> list of source keys
  var sourceNames = {};
  map.attributions.forEach(function (a) {
    var key, name;
    if (a.source.entity) { key = a.source.entity; name = entities[a.source.entity].name; }
    else if (a.source.text !== null) { key = 'text:' + a.source.text; name = a.source.text + ' (unnamed)'; }
    else { key = 'none'; name = '(no source written)'; }
    sourceNames[key] = name;
    (sourceOf[a.sentence] = sourceOf[a.sentence] || []).push(key);
  });
  Object.keys(sourceNames).sort(function (a, b) { return sourceNames[a].localeCompare(sourceNames[b]); })
    .forEach(function (k) { sourceSelect.appendChild(new Option(sourceNames[k], k)); });
  sourceSelect.addEventListener('change', applyFilters);
  var srcLabel = el('label', null, 'Source: ');
  srcLabel.appendChild(sourceSelect);
  controls.appendChild(srcLabel);
  header.appendChild(controls);

  var legend = el('div', 'legend');
  TYPES.forEach(function (t) {
    var item = el('span');
    var sw = el('span', 'swatch'); sw.style.background = 'var(--' + t + ')';
    item.appendChild(sw); item.appendChild(document.createTextNode(TYPE_NAMES[t]));
    legend.appendChild(item);
  });
  [['src', 'source'], ['cue', 'reporting cue'], ['certainty_marker', 'certainty marker'], ['hedge', 'hedge'],
   ['vague_source', 'vague source']].forEach(function (m) {
    var item = el('span');
    item.appendChild(el('mark', m[0], 'abc'));
    item.appendChild(document.createTextNode(' ' + m[1]));
    legend.appendChild(item);
  });
  header.appendChild(legend);
  document.body.appendChild(header);

  function applyFilters() {
    var source = sourceSelect.value;
    map.sentences.forEach(function (s) {
      var ok = shown[s.type] && (!source || (sourceOf[s.id] || []).indexOf(source) >= 0);
      sentenceEls[s.id].classList.toggle('dim', !ok);
    });
  }

  // ---- the article ----
  var marksBySentence = {};
  function addMark(sid, start, end, cls) {
    if (start === null || end === null || end <= start) return;
    (marksBySentence[sid] = marksBySentence[sid] || []).push({ start: start, end: end, cls: cls });
  }
  // Vague sources first: where marks overlap the first wins, and the finding says more.
  audit.findings.forEach(function (f) {
    if (f.kind === 'vague_source' && f.marks.length) addMark(f.sentences[0], f.marks[0].start, f.marks[0].end, f.kind);
  });
  map.attributions.forEach(function (a) {
    addMark(a.sentence, a.source.start, a.source.end, 'src');
    addMark(a.sentence, a.cue.start, a.cue.end, 'cue');
  });
  audit.findings.forEach(function (f) {
    if (f.kind !== 'certainty_marker' && f.kind !== 'hedge') return;
    f.marks.forEach(function (m) { addMark(f.sentences[0], m.start, m.end, f.kind); });
  });

  function renderSentence(s) {
    var span = el('span', 's t-' + s.type + (s.form === 'question' ? ' q' : ''));
    span.id = 'sent-' + s.id;
    span.setAttribute('data-sid', s.id);
    span.title = s.id + ' \u00b7 ' + s.type + (s.form === 'question' ? ' (question)' : '') + ' \u00b7 rules: ' + s.rules.join(', ');
    var marks = (marksBySentence[s.id] || []).sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var at = s.start;
    marks.forEach(function (m) {
      if (m.start < at) return;  // overlapping marks: the first wins
      if (m.start > at) span.appendChild(document.createTextNode(slice(at, m.start)));
      span.appendChild(el('mark', m.cls, slice(m.start, m.end)));
      at = m.end;
    });
    if (at < s.end) span.appendChild(document.createTextNode(slice(at, s.end)));
    span.addEventListener('click', function () { selectFromSentence(s.id); });
    sentenceEls[s.id] = span;
    return span;
  }

  var main = el('main');
  var article = el('article');
  article.id = 'article';
  var byParagraph = {};
  map.sentences.forEach(function (s) { (byParagraph[s.paragraph] = byParagraph[s.paragraph] || []).push(s); });
  map.paragraphs.forEach(function (p) {
    var div = el('p', 'para ' + p.kind);
    div.id = 'para-' + p.id;
    var at = p.start;
    (byParagraph[p.id] || []).forEach(function (s) {
      if (s.start > at) div.appendChild(document.createTextNode(slice(at, s.start)));
      div.appendChild(renderSentence(s));
      at = s.end;
    });
    article.appendChild(div);
  });
  main.appendChild(article);

  // ---- the side: tree, facts, findings ----
  var aside = el('aside');
  aside.id = 'side';

  function setCollapsed(li, yes) {
    li.classList.toggle('collapsed', yes);
    var t = li.querySelector(':scope > .row > .twisty');
    if (t) t.textContent = yes ? '\u25b6' : '\u25bc';
  }

  aside.appendChild(el('h2', null, 'Argument'));
  if (audit.thesis) {
    var th = audit.thesis;
    aside.appendChild(el('div', 'summary', 'Thesis ' + th.sentences.join(', ') + ': ' + th.support +
      ' nodes support it (' + th.evidence + ' evidence), ' + th.attack + ' attack, ' + th.children + ' directly below.'));
  }
  var nodes = {}, children = {};
  map.argument.nodes.forEach(function (n) {
    nodes[n.id] = n;
    if (n.parent) (children[n.parent] = children[n.parent] || []).push(n.id);
  });
  function renderNode(id) {
    var n = nodes[id];
    var li = el('li', 'node');
    li.id = 'node-' + id;
    var row = el('div', 'row');
    var twisty = el('button', 'twisty', '\u25bc');
    twisty.type = 'button';
    twisty.setAttribute('aria-label', 'collapse or expand');
    var kids = children[id] || [];
    if (!kids.length) twisty.disabled = true;
    twisty.addEventListener('click', function () { setCollapsed(li, !li.classList.contains('collapsed')); });
    row.appendChild(twisty);
    var label = el('span');
    label.setAttribute('data-node', id);
    if (n.relation) label.appendChild(el('span', 'rel ' + n.relation, n.relation));
    label.appendChild(el('span', 'role ' + n.role, n.role));
    var first = sentences[n.sentences[0]];
    label.appendChild(document.createTextNode(first ? shorten(first.text, 48) : ''));
    if (n.holder !== 'author' && entities[n.holder]) label.appendChild(el('span', 'ids', '[' + entities[n.holder].name + ']'));
    label.appendChild(el('span', 'ids', n.sentences.join(',')));
    clickable(label, n.sentences);
    row.appendChild(label);
    li.appendChild(row);
    if (kids.length) {
      var ul = el('ul');
      kids.forEach(function (k) { ul.appendChild(renderNode(k)); });
      li.appendChild(ul);
    }
    return li;
  }
  if (map.argument.thesis) {
    var tree = el('ul', 'tree');
    tree.id = 'tree';
    tree.appendChild(renderNode(map.argument.thesis));
    aside.appendChild(tree);
  } else {
    aside.appendChild(el('div', 'empty', 'No argument of the author\'s: the text reports.'));
  }

  aside.appendChild(el('h2', null, 'Facts'));
  var facts = map.facts.slice().sort(function (a, b) {
    if (a.date && b.date) return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
    return a.date ? -1 : b.date ? 1 : 0;  // dated first, in time order; then the rest in text order
  });
  var factList = el('ol', 'facts');
  factList.id = 'facts';
  facts.forEach(function (f) {
    var li = el('li');
    li.setAttribute('data-fact', f.id);
    li.appendChild(el('span', 'date' + (f.date ? '' : ' none'), f.date || 'no date'));
    var body = el('span');
    body.appendChild(el('span', 'kind-tag ' + f.kind, f.kind));
    body.appendChild(document.createTextNode(shorten(sentences[f.sentences[0]].text, 60)));
    body.appendChild(el('span', 'ids', f.sentences.join(',')));
    li.appendChild(body);
    factList.appendChild(clickable(li, f.sentences));
  });
  if (!facts.length) aside.appendChild(el('div', 'empty', 'No facts.'));
  aside.appendChild(factList);

  aside.appendChild(el('h2', null, 'Audit'));
  var captions = audit.captions.length;
  var opinionCaptions = audit.captions.filter(function (c) { return c.opinion; }).length;
  aside.appendChild(el('div', 'summary', captions + ' captions (' + opinionCaptions + ' stating an opinion), ' +
    audit.findings.length + ' findings.'));
  var groups = {}, order = [];
  audit.findings.forEach(function (f) {
    if (!groups[f.kind]) { groups[f.kind] = []; order.push(f.kind); }
    groups[f.kind].push(f);
  });
  var findingsRoot = el('div');
  findingsRoot.id = 'findings';
  order.forEach(function (kind) {
    findingsRoot.appendChild(el('h3', null, (KIND_NAMES[kind] || kind) + ' (' + groups[kind].length + ')'));
    var ul = el('ul', 'findings');
    groups[kind].forEach(function (f) {
      var li = el('li', null, f.message);
      li.setAttribute('data-kind', kind);
      li.appendChild(el('span', 'ids', f.sentences.join(',')));
      ul.appendChild(clickable(li, f.sentences));
    });
    findingsRoot.appendChild(ul);
  });
  if (!order.length) findingsRoot.appendChild(el('div', 'empty', 'No findings.'));
  aside.appendChild(findingsRoot);

  main.appendChild(aside);
  document.body.appendChild(main);
  document.documentElement.setAttribute('data-ready', '1');
})();

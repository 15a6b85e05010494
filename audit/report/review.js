// mt-audit review page. Every corpus string is inserted with textContent, never as HTML.
(function () {
  'use strict';
  const D = JSON.parse(document.getElementById('mt-data').textContent);
  const SEV = ['', 'minor', 'major', 'critical'];
  const REASONS = { 'false-positive': 'false positive', 'acceptable': 'acceptable' };
  const STATUS_MARK = { accepted: '✓', dismissed: '✗', confirmed: '✎', fixed: '✓' };
  const SEG_PAGE = 200, ROW_PAGE = 100;
  // what the numbers beside a document mean (summary.json's risk_formula has the whole formula)
  const MQM_TITLE = 'MQM score: 100 − error penalty per 100 words (minor 1, punctuation 0.1, major 5, critical 10); 100 = no error found';
  const RISK_TITLE = 'Risk from 0 to 1: how much the document needs a human, from its findings per word and its ' +
    'quality-estimation score (its worst segment counts half). Documents are listed riskiest first: review from the top.';
  const KEY = 'mt-audit:' + D.run_id;
  const $ = (id) => document.getElementById(id);

  // ---- data ---------------------------------------------------------------------------
  const docs = D.docs;
  // The run counts a span's start and end in characters (code points); JavaScript strings count UTF-16
  // units, two for a character beyond U+FFFF (an emoji, a rare CJK ideograph): the index in units of
  // character ``cp`` of ``text``.
  function unitIndex(text, cp) {
    let u = 0;
    for (let c = 0; c < cp && u < text.length; c++) u += text.codePointAt(u) > 0xffff ? 2 : 1;
    return u;
  }
  const PAIRS = /[\uD800-\uDBFF]/;
  // inline codes as [index in UTF-16 units of ``text``, the code as written, its native code or undefined]
  const placed = (text, marks) => (marks || []).map(([at, code, data]) => [PAIRS.test(text) ? unitIndex(text, at) : at, code, data]);
  // spans of text not to be translated (an HTML page's <code>, translate="no" …) as [start, end] in UTF-16 units
  const units = (text, spans) => (spans || []).map(([a, b]) => (PAIRS.test(text) ? [unitIndex(text, a), unitIndex(text, b)] : [a, b]));
  const segs = D.segs.map((rows) => rows.map((r, i) => ({
    i: i, line: r[0], col: r[1], text: r[2], bp: r[3], risk: r[4], rank: r[5], record: r[6], source: r[7], ref: r[8], flags: r[9] || [],
    codes: placed(r[2], r[10]), srcCodes: placed(r[7] || '', r[11]), prot: units(r[2], r[12]),
    mt: r[13] || null, notes: r[14] || [], ctx: r[15] === undefined ? null : r[15],
  })));
  const anyMT = segs.some((rows) => rows.some((s) => s.mt));
  const F = D.findings.map((a, id) => {
    const text = segs[a[0]][a[1]].text, wide = PAIRS.test(text);
    const s = wide ? unitIndex(text, a[2]) : a[2], t = wide ? unitIndex(text, a[3]) : a[3];
    let start = Math.max(0, Math.min(s, text.length)), end = Math.max(start, Math.min(t, text.length));
    return {
      id: id, doc: a[0], seg: a[1], start: start, end: end, rule: a[4], cat: a[5], sev: a[6], msg: a[7],
      sugg: a[8], cands: a[9] || [], conf: a[10], fp: a[11], line: a[12], col: a[13], span: text.slice(start, end),
      cs: a[2], ce: a[3],  // in characters, as the run and the decisions file count them
    };
  });
  const bySeg = new Map();
  for (const f of F) {
    const k = f.doc + ':' + f.seg;
    if (!bySeg.has(k)) bySeg.set(k, []);
    bySeg.get(k).push(f.id);
  }

  // ---- decisions (localStorage, keyed by run id) ------------------------------------------
  // Every decision is saved at once; a page of the same run open in another tab saves into the same
  // key, so each page takes over the other's saved state when it changes (the 'storage' event) rather
  // than overwriting it with its own older copy. When the browser cannot save (storage disabled or
  // full), the page says so, in red, so that the reviewer exports before closing it.
  // the state saved for this run, or null (none, or not readable as one: the page starts empty)
  function parsed(raw) {
    try {
      const saved = JSON.parse(raw || 'null');
      return saved && typeof saved === 'object' && saved.f && saved.e ? saved : null;
    } catch (err) { return null; }
  }
  let state = { f: {}, e: {} }, unsaved = false;
  try { state = parsed(localStorage.getItem(KEY)) || state; } catch (err) { unsaved = true; /* no storage at all */ }
  function save() {
    Object.assign(state, portable(), { t: Date.now() });
    try {
      localStorage.setItem(KEY, JSON.stringify(state));
      unsaved = false;
    } catch (err) {
      unsaved = true;
    }
    showUnsaved();
    updateProgress();
  }
  function showUnsaved() {
    const box = $('unsaved');
    box.hidden = !unsaved;
    box.replaceChildren();
    if (!unsaved) return;
    box.textContent = 'This browser is not keeping your decisions for this page (its storage is disabled or ' +
      'full): they are lost when the page is closed or reloaded. Export decisions before closing it. ';
    const older = olderRuns();
    if (older.length) {  // the storage is shared by every report opened from disk: earlier runs fill it
      box.appendChild(button('Make room: forget the decisions kept for older runs (' + older.length + '), oldest first',
        makeRoom, 'Export them first from their own pages if you still need them'));
    }
  }
  // the storage keys of the other runs' saved states, the least recently saved first
  function olderRuns() {
    const out = [];
    try {
      for (let n = 0; n < localStorage.length; n++) {
        const key = localStorage.key(n);
        if (key && key !== KEY && key.startsWith('mt-audit:')) out.push([key, (parsed(localStorage.getItem(key)) || {}).t || 0]);
      }
    } catch (err) { /* no storage: nothing to forget */ }
    return out.sort((a, b) => a[1] - b[1]).map((x) => x[0]);
  }
  // forget older runs' states, oldest first, until this page's state can be saved
  function makeRoom() {
    for (const key of olderRuns()) {
      localStorage.removeItem(key);
      save();
      if (!unsaved) break;
    }
  }
  window.addEventListener('storage', (ev) => {
    const other = ev.key === KEY ? parsed(ev.newValue) : null;
    if (!other) return;
    state = other;
    updateProgress();
    if (!document.querySelector('.seg textarea')) refresh();  // a hand edit under way is not thrown away
  });
  // a hand edit typed but not saved is lost on leaving the page: the browser asks first
  window.addEventListener('beforeunload', (ev) => {
    const area = document.querySelector('.seg textarea');
    if (area && area.value !== area.defaultValue) { ev.preventDefault(); ev.returnValue = ''; }
  });

  // ---- decisions carried over from an earlier run -------------------------------------------
  // A re-run into the same folder replaces report.html with a page of a new run id. Each saved state
  // also keeps the fingerprint of every decided finding and the document and original text of every
  // hand-edited segment, so that the new page, still empty, takes over the decisions that match it.
  function portable() {
    const fp = {}, seg = {};
    for (const id in state.f) if (F[id]) fp[id] = F[id].fp;
    for (const k in state.e) {
      const [doc, i] = k.split(':').map(Number);
      if (docs[doc] && segs[doc][i]) seg[k] = [docs[doc].doc, segs[doc][i].text];
    }
    return { fp: fp, seg: seg };
  }
  function earlierStates() {
    const out = [];
    try {
      for (let n = 0; n < localStorage.length; n++) {
        const key = localStorage.key(n);
        if (!key || key === KEY || !key.startsWith('mt-audit:')) continue;
        const old = JSON.parse(localStorage.getItem(key) || 'null');
        if (old && old.f && old.e && old.fp && old.seg) out.push([key.slice('mt-audit:'.length), old]);
      }
    } catch (err) { /* storage unavailable or corrupt: nothing to carry over */ }
    return out.sort((a, b) => (b[1].t || 0) - (a[1].t || 0));  // the latest first
  }
  // Decisions taken over from elsewhere (an earlier run's state, an imported decisions file):
  // ``found`` as [fingerprint, {d, r, x}] pairs, ``edits`` as [document, original text, edited text].
  // Findings are matched by fingerprint, hand edits by document and original segment text.
  // Returns how many of ``found`` and of ``edits`` matched.
  function takeOver(found, edits) {
    const byFp = new Map(), segAt = new Map();
    for (const f of F) { if (!byFp.has(f.fp)) byFp.set(f.fp, []); byFp.get(f.fp).push(f.id); }
    docs.forEach((d, doc) => { for (const sg of segs[doc]) segAt.set(d.doc + '\u0000' + sg.text, doc + ':' + sg.i); });
    let nf = 0, ne = 0;
    for (const [fp, d] of found) {
      const ids = byFp.get(fp) || [];
      if (ids.length) nf++;
      for (const id of ids) {
        const x = d.x === undefined || d.x === null || d.x === F[id].sugg ? null : d.x;
        state.f[id] = { d: d.d, r: d.r || null, x: x };
      }
    }
    for (const [doc, original, text] of edits) {
      const where = segAt.get(doc + '\u0000' + original);
      if (where) { state.e[where] = text; ne++; }
    }
    return [nf, ne];
  }
  // The decisions of the latest earlier run that match this page, when it has none of its own.
  // Returns [run id, findings, edits] or null.
  function carryOver() {
    if (Object.keys(state.f).length || Object.keys(state.e).length) return null;
    for (const [run, old] of earlierStates()) {
      const found = Object.keys(old.f).filter((id) => old.fp[id]).map((id) => [old.fp[id], old.f[id]]);
      const edits = Object.keys(old.e).filter((k) => old.seg[k]).map((k) => [old.seg[k][0], old.seg[k][1], old.e[k]]);
      const [nf, ne] = takeOver(found, edits);
      if (nf || ne) return [run, nf, ne];
    }
    return null;
  }
  // A decisions file exported by this page (of this run or an earlier one, by anyone): its findings,
  // confirmed errors and hand edits as takeOver reads them.
  function fromDecisionsFile(data) {
    if (!data || data.format !== 'mt-audit-decisions' || !Array.isArray(data.findings)) {
      throw new Error('not an mt-audit decisions file');
    }
    const found = [];
    for (const f of data.findings.concat(Array.isArray(data.confirmed) ? data.confirmed : [])) {
      if (!f || typeof f.fingerprint !== 'string' || f.fixed_by_edit) continue;  // fixed: the edit says it again
      const d = f.decision === 'accepted' && f.manual ? 'confirmed' : f.decision;
      if (d !== 'accepted' && d !== 'dismissed' && d !== 'confirmed') continue;
      found.push([f.fingerprint, { d: d, r: f.reason || null, x: d === 'accepted' ? f.replacement : null }]);
    }
    const edits = (Array.isArray(data.segments) ? data.segments : [])
      .filter((sg) => sg && sg.manual && typeof sg.original === 'string' && typeof sg.text === 'string')
      .map((sg) => [sg.doc, sg.original, sg.text]);
    return [found, edits];
  }
  const decision = (id) => state.f[id] || null;
  // A finding left undecided whose segment a hand edit changed so that its span is no longer in it: fixed by that
  // edit. (A span still in the edit, or an empty one, an insertion point, cannot tell: it stays open.)
  function fixedByEdit(f) {
    const k = f.doc + ':' + f.seg;
    return !state.f[f.id] && k in state.e && f.span !== '' && !state.e[k].normalize('NFC').includes(f.span);
  }
  const statusOf = (id) => (state.f[id] ? state.f[id].d : fixedByEdit(F[id]) ? 'fixed' : 'open');
  function statusLabel(f) {
    const d = decision(f.id);
    if (!d) return fixedByEdit(f) ? 'fixed by hand edit' : 'open';
    if (d.d === 'confirmed') return (f.doc + ':' + f.seg) in state.e ? 'confirmed, fixed by hand edit' : 'confirmed, to edit';
    return d.d + (d.r ? ' (' + REASONS[d.r] + ')' : '');
  }

  function replacementOf(f) {
    const d = decision(f.id);
    if (d && d.x !== undefined && d.x !== null) return d.x;
    return f.sugg;
  }
  const hasSugg = (f) => f.sugg !== null && f.sugg !== undefined;
  // A span as the list and the detail show it: an empty one as ∅, one of spaces alone with its spaces
  // visible (two spaces between words would otherwise show as nothing)
  // visible, and so are the spaces at its ends (F102's ' .' would read as a bare '.')
  const WS = { ' ': '␣', '\t': '⇥', '\n': '↵', '\u00a0': '⍽' };
  const visible = (t) => t.replace(/[ \t\n\u00a0]/g, (c) => WS[c]);
  const EDGES = /^([ \t\n\u00a0]*)([^]*?)([ \t\n\u00a0]*)$/;
  function shownSpan(span) {
    if (!span) return '∅';
    const [, lead, body, trail] = EDGES.exec(span);
    return body ? visible(lead) + body + visible(trail) : visible(span);
  }
  const uniq = (xs) => Array.from(new Set(xs)).sort();

  // Accepted edits of one segment, composed on its original text. Sorted by start (the longer span
  // first), each edit either starts after the current group (a new group), lies inside it (applied to
  // the group's new text where its span still stands), or overlaps its end (combined when one of the two
  // keeps the overlapping text unchanged). An edit that fits none of these is a conflict: not applied.
  function composeEdits(text, edits) {
    const groups = [], conflicts = [];
    const order = edits.slice().sort((a, b) => a.f.start - b.f.start || b.f.end - a.f.end || a.f.id - b.f.id);
    let g = null;
    for (const e of order) {
      const s = e.f.start, t = e.f.end, rep = e.rep;
      if (g === null || s >= g.end) {
        g = { start: s, end: t, rep: rep, ids: [e.f.id] };
        groups.push(g);
        continue;
      }
      const next = t <= g.end ? nestedInto(text, g, s, t, rep) : overlapInto(text, g, s, t, rep);
      if (next === null) { conflicts.push({ id: e.f.id, with: g.ids.slice() }); continue; }
      g.rep = next;
      g.end = Math.max(g.end, t);
      g.ids.push(e.f.id);
    }
    return { groups: groups, conflicts: conflicts };
  }
  // An edit of [s, t) inside group g: replace its span where it still stands in the group's new text.
  function nestedInto(text, g, s, t, rep) {
    const span = text.slice(s, t), before = text.slice(g.start, s), after = text.slice(t, g.end);
    if (s === g.start && t === g.end && rep === g.rep) return g.rep;  // the same edit twice
    if (g.rep.startsWith(before + span)) return before + rep + g.rep.slice(before.length + span.length);
    if (g.rep.endsWith(span + after)) return g.rep.slice(0, g.rep.length - span.length - after.length) + rep + after;
    // the group already gives this edit's result where it stood, and its old text is gone
    const done = span && !g.rep.includes(span) && (g.rep.endsWith(rep + after) || g.rep.startsWith(before + rep));
    if (done) return g.rep;
    const at = span ? g.rep.indexOf(span) : -1;
    if (at >= 0 && g.rep.indexOf(span, at + 1) < 0) return g.rep.slice(0, at) + rep + g.rep.slice(at + span.length);
    return null;
  }
  // An edit of [s, t) that starts inside group g and ends after it.
  function overlapInto(text, g, s, t, rep) {
    const shared = text.slice(s, g.end);
    if (g.rep.endsWith(shared)) return g.rep.slice(0, g.rep.length - shared.length) + rep;
    if (rep.startsWith(shared)) return g.rep + rep.slice(shared.length);
    return null;
  }
  function acceptedEdits(doc, seg, extra) {
    const ids = bySeg.get(doc + ':' + seg) || [];
    const out = ids.filter((id) => statusOf(id) === 'accepted' && hasSugg(F[id])).map((id) => ({ f: F[id], rep: replacementOf(F[id]) }));
    if (extra) out.push(extra);
    return out;
  }
  function composition(doc, seg) { return composeEdits(segs[doc][seg].text, acceptedEdits(doc, seg, null)); }
  function derivedText(doc, seg) {
    const text = segs[doc][seg].text;
    let out = '', pos = 0;
    for (const g of composition(doc, seg).groups) {
      out += text.slice(pos, g.start) + g.rep;
      pos = g.end;
    }
    return out + text.slice(pos);
  }
  function currentText(doc, seg) {
    const k = doc + ':' + seg;
    return k in state.e ? state.e[k] : derivedText(doc, seg);
  }

  // ---- small DOM helpers ------------------------------------------------------------------
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function button(label, onclick, title) {
    const b = el('button', '', label);
    b.type = 'button';
    if (title) b.title = title;
    b.addEventListener('click', onclick);
    return b;
  }
  function shortDoc(i) { return docs[i].doc; }

  // ---- document list ------------------------------------------------------------------------
  let curDoc = 0, curPage = 0, selected = null;
  // printed, the document is whole: every page of its segments, back to the page shown afterwards
  let printing = false;
  window.addEventListener('beforeprint', () => { printing = true; showDoc(curDoc, curPage); });
  window.addEventListener('afterprint', () => { printing = false; showDoc(curDoc, curPage); });
  function renderDocList() {
    const ol = $('doc-list');
    ol.replaceChildren();
    docs.forEach((d, i) => {
      const li = el('li');
      const b = el('button');
      b.type = 'button';
      b.dataset.doc = String(i);
      b.setAttribute('aria-current', i === curDoc ? 'true' : 'false');
      b.appendChild(el('span', 'doc-name', '#' + d.rank + ' ' + d.doc)).title = d.title;
      const bar = el('span', 'riskbar');
      const fill = el('span');
      fill.style.width = Math.round(Math.min(1, d.risk) * 100) + '%';
      bar.appendChild(fill);
      b.appendChild(bar);
      b.appendChild(badges(d));
      b.addEventListener('click', () => showDoc(i, 0));
      li.appendChild(b);
      ol.appendChild(li);
    });
  }
  function badges(d) {
    const span = el('span', 'badges');
    for (const s of [3, 2, 1]) if (d.sev[s - 1]) span.appendChild(el('span', 'b s' + s, d.sev[s - 1] + ' ' + SEV[s]));
    const mqm = el('span', 'b mqm', 'MQM ' + (d.mqm === null || d.mqm === undefined ? '–' : Number(d.mqm).toFixed(1)));
    mqm.title = MQM_TITLE;
    span.appendChild(mqm);
    span.appendChild(el('span', 'muted', 'risk ' + Number(d.risk).toFixed(3))).title = RISK_TITLE;
    return span;
  }

  // ---- one document -----------------------------------------------------------------------
  function contentIdx(doc) {
    if (!contentIdx.cache) contentIdx.cache = {};
    if (!contentIdx.cache[doc]) contentIdx.cache[doc] = segs[doc].filter((s) => !s.bp).map((s) => s.i);
    return contentIdx.cache[doc];
  }
  function showDoc(doc, page) {
    curDoc = doc;
    curPage = page;
    for (const b of document.querySelectorAll('#doc-list button')) {
      b.setAttribute('aria-current', b.dataset.doc === String(doc) ? 'true' : 'false');
    }
    const d = docs[doc];
    const head = $('doc-head');
    head.replaceChildren();
    head.appendChild(el('h2', '', d.title));
    const meta = el('div', 'muted', '#' + d.rank + ' · ' + d.doc + ' · ' + d.format + ' · ');
    meta.appendChild(badges(d));
    head.appendChild(meta);
    if (noCopy(d)) head.appendChild(el('p', 'muted no-copy', noCopy(d)));
    if (segs[doc].some((s) => s.prot.length && !s.bp)) {
      const legend = el('p', 'muted prot-legend');
      legend.append(protSpan('like this', true), document.createTextNode(' ' + PROT_NOTE));
      head.appendChild(legend);
    }
    const idx = contentIdx(doc);
    const pages = Math.max(1, Math.ceil(idx.length / SEG_PAGE));
    pager($('seg-pager'), page, pages, (p) => showDoc(doc, p), 'segments ' + (page * SEG_PAGE + 1) + '–' +
      Math.min(idx.length, (page + 1) * SEG_PAGE) + ' of ' + idx.length);
    const box = $('segments');
    box.replaceChildren();
    let prevLine = null;
    for (const i of printing ? idx : idx.slice(page * SEG_PAGE, (page + 1) * SEG_PAGE)) {
      const row = segRow(doc, i);
      if (prevLine !== null && segs[doc][i].line !== prevLine) row.classList.add('para');
      prevLine = segs[doc][i].line;
      box.appendChild(row);
    }
    const bps = segs[doc].filter((s) => s.bp);
    const details = $('boilerplate');
    details.hidden = bps.length === 0;
    details.querySelector('summary').textContent = 'Boilerplate: ' + bps.length + ' segments (not article text, not counted)';
    const list = $('bp-list');
    list.replaceChildren();
    for (const s of bps) list.appendChild(segRow(doc, s.i));
    if (selected !== null) markSelected();
  }
  function pager(box, page, pages, go, label) {
    box.replaceChildren();
    if (pages <= 1 && !label) return;
    const prev = button('‹ Prev', () => go(page - 1));
    prev.disabled = page <= 0;
    const next = button('Next ›', () => go(page + 1));
    next.disabled = page >= pages - 1;
    box.append(prev, el('span', '', 'page ' + (page + 1) + ' / ' + pages), next);
    if (label) box.appendChild(el('span', 'muted', label));
  }

  function segRow(doc, i) {
    const s = segs[doc][i];
    const k = doc + ':' + i;
    const row = el('div', 'seg' + (s.bp ? ' bp' : ''));
    row.id = 'seg-' + doc + '-' + i;
    row.dataset.doc = String(doc);
    row.dataset.seg = String(i);
    row.appendChild(el('span', 'gut', s.record !== null && s.record !== undefined ? s.record : s.line));
    const txt = el('div', 'txt');
    if (s.bp) txt.appendChild(el('span', 'kind', s.bp));
    // a PO entry marked for review; a CAT tool's origin (mt, tm …), confirmation level, memoQ status, lock
    if (s.mt) txt.appendChild(el('span', 'kind mt', 'MT')).title = MT_NOTE + ' (' + s.mt + ')';
    for (const f of s.flags) {
      if (f === 'fuzzy' || f === 'locked' || /^(origin|conf|status|state-qualifier):/.test(f)) txt.appendChild(el('span', 'kind', f)).title = f === 'locked' ? LOCKED : '';
    }
    const edited = k in state.e;
    if (edited) {
      fillEdited(txt, s, state.e[k]);
      txt.appendChild(el('span', 'edited-tag', 'edited by hand'));
      row.classList.add('edited');
    } else {
      fillPieces(txt, doc, i);
      if (composition(doc, i).groups.length) row.classList.add('edited');
    }
    txt.append(...context(s));
    row.appendChild(txt);
    const tools = el('span', 'tools');
    if (!s.bp) {
      tools.appendChild(button('Edit', () => startEdit(doc, i), 'Edit this segment by hand (e)'));
      if (edited) tools.appendChild(button('Revert', () => revertEdit(k), 'Drop the hand edit'));
    }
    row.appendChild(tools);
    return row;
  }

  // The record's source and reference under its text (also while it is being edited)
  // and its context (a PO msgctxt) and notes for the translator (an XLIFF <note>, a PO comment)
  function context(s) {
    const out = [];
    if (s.source || s.srcCodes.length) out.push(labelled('src', 'source', s.source || '', s.srcCodes));
    if (s.ref) out.push(labelled('ref', 'reference', s.ref));
    if (s.ctx !== null) out.push(labelled('note ctx', 'context', s.ctx));
    for (const [label, text] of s.notes) out.push(labelled('note', label, text));
    return out;
  }
  // a labelled text, with its inline codes (the source's) as chips where they stand
  function labelled(cls, label, text, codes) {
    const box = el('span', cls);
    box.appendChild(el('span', 'lbl', label + ' '));
    if (!codes || !codes.length) {
      box.appendChild(document.createTextNode(text));
      return box;
    }
    let at = 0;
    for (const [p, code, data] of codes) {
      const q = Math.max(at, Math.min(p, text.length));
      if (q > at) box.appendChild(document.createTextNode(text.slice(at, q)));
      box.appendChild(codeChip(code, data, 'source'));
      at = q;
    }
    if (at < text.length) box.appendChild(document.createTextNode(text.slice(at)));
    return box;
  }

  // ---- text not to be translated (an HTML page's <code>, <kbd>, translate="no", class notranslate) ------------
  // It is shown as written, marked (dashed box), reachable by Tab with its meaning as its description, never
  // audited; a hand edit or an accepted change must leave each such piece as it is, in its order.
  const PROT_NOTE = 'Not for translation: the page marks this text to be kept as written (<code>, <kbd>, ' +
    'translate="no", class notranslate). It is never audited, and an edit must leave it as it is.';
  function protSpan(text, sample) {
    const span = el('span', 'prot', text);
    if (sample) return span;  // the legend's sample: no Tab stop of its own
    span.tabIndex = 0;
    span.setAttribute('role', 'note');
    span.setAttribute('aria-describedby', 'prot-note');
    return span;
  }
  const protPieces = (s) => s.prot.map(([a, b]) => s.text.slice(a, b));
  // where segment s's pieces not for translation stand in ``text``, in their order, or null when one is changed or gone
  function findProtected(s, text) {
    const out = [];
    let at = 0;
    for (const piece of protPieces(s)) {
      const k = text.indexOf(piece, at);
      if (k < 0) return null;
      out.push([k, k + piece.length]);
      at = k + piece.length;
    }
    return out;
  }
  // why ``text`` cannot replace segment s's text (a piece not for translation changed), or ''
  function protectedBroken(s, text) {
    if (!s.prot.length || findProtected(s, text)) return '';
    return 'This text holds text not for translation, to keep exactly as written and in its order: ' +
      protPieces(s).map((p) => '«' + p + '»').join(', ') + '.';
  }
  // a hand edit, its pieces not for translation marked where they still stand
  function fillEdited(box, s, text) {
    const spans = s.prot.length ? findProtected(s, text) || [] : [];
    let at = 0;
    for (const [a, b] of spans) {
      if (a > at) box.appendChild(document.createTextNode(text.slice(at, a)));
      box.appendChild(protSpan(text.slice(a, b)));
      at = b;
    }
    if (at < text.length || !spans.length) box.appendChild(document.createTextNode(text.slice(at)));
  }

  // Text split at every finding boundary; accepted findings show as <del>old</del><ins>new</ins>.
  function fillPieces(box, doc, i) {
    const text = segs[doc][i].text;
    const ids = bySeg.get(doc + ':' + i) || [];
    const groups = composition(doc, i).groups;
    const acceptedIds = new Set(groups.flatMap((g) => g.ids));
    const live = ids.filter((id) => !acceptedIds.has(id)).map((id) => {
      const f = F[id];
      // an insertion point (empty span) is shown on the character after it, or before it at the end
      const e = f.end > f.start ? f.end : Math.min(text.length, f.start + 1);
      return { f: f, s: e > f.start ? f.start : Math.max(0, f.start - 1), e: e };
    });
    let pos = 0;
    const regions = [];
    for (const g of groups) {
      regions.push([pos, g.start, null]);
      regions.push([g.start, g.end, g]);
      pos = g.end;
    }
    regions.push([pos, text.length, null]);
    if (!text.length && live.length) {  // an empty translation: a mark to click, jump to and read
      const worst = live.reduce((m, x) => Math.max(m, x.f.sev), 0);
      const open = live.some((x) => statusOf(x.f.id) === 'open');
      const mark = el('mark', 'f s' + worst + ' empty' + (open ? '' : ' dismissed'), '∅ empty translation');
      mark.dataset.f = live.map((x) => x.f.id).join(',');
      mark.id = 'f-' + live[0].f.id;
      mark.tabIndex = 0;
      mark.setAttribute('aria-describedby', 'tip');
      box.appendChild(mark);
    }
    // an XLIFF record's inline codes, which the text leaves out, as chips where they stand
    const codes = segs[doc][i].codes, prot = segs[doc][i].prot, shownAt = new Set();
    const chipsAt = (p) => {
      if (shownAt.has(p)) return;
      shownAt.add(p);
      for (const [at, label, data] of codes) if (at === p) box.appendChild(codeChip(label, data, 'target'));
    };
    for (const [a, b, acc] of regions) {
      chipsAt(a);
      if (acc) {
        const del = el('del', 'acc', text.slice(a, b));
        const ins = el('ins', 'acc', acc.rep);
        ins.title = acc.ids.map((id) => F[id].rule).join(' + ') + ' accepted';
        ins.dataset.f = acc.ids.join(',');
        ins.tabIndex = 0;  // the keyboard stays here after an accept (see markOf)
        box.append(del, ins);
        continue;
      }
      const cuts = new Set([a, b]);
      for (const x of live) {
        if (x.s > a && x.s < b) cuts.add(x.s);
        if (x.e > a && x.e < b) cuts.add(x.e);
      }
      for (const [at] of codes) if (at > a && at < b) cuts.add(at);
      for (const [s, e] of prot) for (const at of [s, e]) if (at > a && at < b) cuts.add(at);
      const points = Array.from(cuts).sort((p, q) => p - q);
      for (let j = 0; j + 1 < points.length; j++) {
        const p = points[j], q = points[j + 1];
        chipsAt(p);
        const cover = live.filter((x) => x.s <= p && x.e >= q && x.e > x.s);
        const piece = text.slice(p, q);
        if (!cover.length) {
          box.appendChild(prot.some(([s, e]) => s <= p && q <= e) ? protSpan(piece) : document.createTextNode(piece));
          continue;
        }
        const open = cover.filter((x) => statusOf(x.f.id) === 'open');
        const shown = open.length ? open : cover;
        const worst = shown.reduce((m, x) => Math.max(m, x.f.sev), 0);
        const mark = el('mark', 'f s' + worst + (open.length ? '' : ' dismissed'), piece);
        mark.dataset.f = shown.map((x) => x.f.id).join(',');
        for (const x of shown) {
          if (x.s === p && !document.getElementById('f-' + x.f.id) && !box.querySelector('#f-' + x.f.id)) {
            mark.id = 'f-' + x.f.id;
            mark.tabIndex = 0;
            mark.setAttribute('aria-describedby', 'tip');
          }
        }
        box.appendChild(mark);
      }
    }
    chipsAt(text.length);
  }
  // an inline code as a chip; its title gives the native code the file keeps for it ('<br/>'), if any
  function codeChip(label, data, side) {
    const chip = el('span', 'code', label);
    const native = data === undefined || data === null ? '' : ' — native code ' + data;
    chip.title = side === 'source'
      ? 'Inline code of the source (not part of the text)' + native + ': the translation keeps it'
      : 'Inline code of the file (not part of the text)' + native + ': audit apply keeps it where it stands';
    chip.setAttribute('aria-label', (side === 'source' ? 'source inline code ' : 'inline code ') + label);
    return chip;
  }

  const MT_NOTE = 'Machine translation: the file says this translation came from an MT engine';
  const LOCKED = 'Locked in the CAT tool (Trados Studio, memoQ): audit apply does not write an edit of this segment; ' +
    'unlock it there, or make the edit there.';
  // a document audit apply writes no post-edited copy of (an HTML page, standard input): said before any edit
  function noCopy(d) {
    if (d.format === 'html') return 'audit apply writes no post-edited copy of an HTML page: decisions and ' +
      'edits here are exported, but take the edits over into the page (or its CMS) by hand.';
    if (d.doc === '-') return 'Standard input has no file for audit apply to write a post-edited copy of: ' +
      'decisions and edits here are exported, but take the edits over by hand.';
    return '';
  }
  // the finding's span selected in the edit box, where the text still has it: a post-editor who confirmed an
  // error types over it (a span that is the whole segment is not selected: the caret goes to its end)
  function selectSpan(area, f) {
    const text = area.value, orig = segs[f.doc][f.seg].text;
    let at = text === orig ? f.start : text.indexOf(f.span);
    if (at < 0 || (text !== orig && text.indexOf(f.span, at + 1) >= 0)) return;
    const end = at + (text === orig ? f.end - f.start : f.span.length);
    if (at === 0 && end >= text.length) at = end;
    area.setSelectionRange(at, end);
  }
  function startEdit(doc, i, f) {
    const row = document.getElementById('seg-' + doc + '-' + i);
    if (!row) return;
    const txt = row.querySelector('.txt');
    const area = el('textarea');
    area.value = area.defaultValue = currentText(doc, i);
    area.setAttribute('aria-label', 'Edit segment');
    const warn = el('p', 'conflict prot-warn');
    warn.setAttribute('role', 'alert');
    warn.hidden = true;
    const ok = button('Save', () => {
      const k = doc + ':' + i;
      const broken = protectedBroken(segs[doc][i], area.value);
      if (broken) {  // the edit changed text not for translation: not saved, the box stays open
        warn.textContent = 'Not saved: ' + broken + ' Put it back as it was (Esc cancels the edit).';
        warn.hidden = false;
        area.focus();
        return;
      }
      if (area.value === derivedText(doc, i)) delete state.e[k]; else state.e[k] = area.value;
      reopenConflicts();
      save();
      refresh();
    });
    ok.className = 'primary';
    const cancel = button('Cancel', () => refresh());
    area.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') { ev.preventDefault(); refresh(); }
      if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); ok.click(); }
    });
    const bar = el('div', 'actions');
    bar.append(ok, cancel, el('span', 'muted', 'Ctrl+Enter saves, Esc cancels'));
    const codes = segs[doc][i].codes;
    const note = codes.length ? [el('p', 'muted code-note', 'This text leaves out ' + codes.length + ' inline code(s): ' +
      codes.map((c) => c[1]).join(' ') + '. audit apply keeps them where they stand; an edit that replaces text ' +
      'across one is refused (make it in your CAT tool).')] : [];
    const copyNote = noCopy(docs[doc]) ? [el('p', 'muted no-copy', noCopy(docs[doc]))] : [];
    if (segs[doc][i].flags.includes('locked')) copyNote.push(el('p', 'muted no-copy', LOCKED));
    const pieces = protPieces(segs[doc][i]);
    const protNote = pieces.length ? [el('p', 'muted prot-note', 'Not for translation, keep as written: ' +
      pieces.map((p) => '«' + p + '»').join(', ') + '.')] : [];
    txt.replaceChildren(area, bar, warn, ...protNote, ...note, ...copyNote, ...context(segs[doc][i]));
    area.focus();
    bar.scrollIntoView({ block: 'nearest' });  // the box and its Save in view (a segment at the foot of the screen)
    if (f && f.doc === doc && f.seg === i) selectSpan(area, f);
  }

  // ---- tooltip and detail -----------------------------------------------------------------
  function describe(box, f, withHead) {
    if (withHead) {
      const head = el('p', 't-head', f.rule + (D.rules[f.rule] ? ' ' + D.rules[f.rule].name : '') + ' · ' + SEV[f.sev] + ' · ' + f.cat);
      box.appendChild(head);
    }
    box.appendChild(el('p', '', f.msg));
    if (f.sugg !== null && f.sugg !== undefined) {
      const p = el('p', '', 'Suggestion: ');
      p.appendChild(el('span', 'sugg', f.sugg === '' ? '(delete)' : f.sugg));
      box.appendChild(p);
    }
    if (f.cands.length) box.appendChild(el('p', 'muted', 'Alternatives: ' + f.cands.join(' · ')));
  }
  const tip = $('tip');
  // on a narrow screen the selected finding's panel is docked at the foot of the screen: a tooltip would repeat it
  function detailDocked() { return getComputedStyle($('detail')).position === 'fixed'; }
  function showTip(mark) {
    if (mark.classList.contains('sel') && detailDocked()) { hideTip(); return; }
    tip.replaceChildren();
    if (mark.classList.contains('prot')) tip.appendChild(el('p', '', PROT_NOTE));
    else for (const id of mark.dataset.f.split(',')) describe(tip, F[Number(id)], true);
    tip.hidden = false;
    const r = mark.getBoundingClientRect();
    // kept over the text's column when it fits there: past it, it covered the finding's panel and its Accept button
    const view = segArea.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const edge = view.width >= tip.offsetWidth + 8 ? Math.min(view.right, width) : width;
    const left = Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + edge - tip.offsetWidth - 8));
    tip.style.left = left + 'px';
    tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
  }
  function hideTip() { tip.hidden = true; }
  const segArea = $('doc-view');
  segArea.addEventListener('mouseover', (ev) => { const m = ev.target.closest('mark.f, .prot'); if (m) showTip(m); });
  segArea.addEventListener('mouseout', (ev) => { if (ev.target.closest('mark.f, .prot')) hideTip(); });
  segArea.addEventListener('focusin', (ev) => { const m = ev.target.closest('mark.f, .prot'); if (m) showTip(m); });
  segArea.addEventListener('focusout', hideTip);
  segArea.addEventListener('click', (ev) => {
    const m = ev.target.closest('mark.f');
    if (!m) return;
    select(Number(m.dataset.f.split(',')[0]), false);
    if (detailDocked()) hideTip();
  });

  function renderDetail() {
    const box = $('detail');
    box.replaceChildren();
    if (selected === null) return;
    const f = F[selected];
    const st = statusOf(f.id);
    const head = el('p', 't-head', f.rule + (D.rules[f.rule] ? ' ' + D.rules[f.rule].name : '') + ' · ' + SEV[f.sev] + ' · ' + f.cat + ' ');
    const d = decision(f.id);
    head.appendChild(el('span', 'status ' + st, statusLabel(f)));
    box.appendChild(head);
    if (notice && notice.id === f.id) {
      const why = el('p', 'conflict', notice.text);
      why.setAttribute('role', 'alert');
      box.appendChild(why);
    }
    box.appendChild(el('p', 'muted', shortDoc(f.doc) + ':' + f.line + ':' + f.col + ' · «' + shownSpan(f.span) + '» · confidence ' + f.conf));
    if (segs[f.doc][f.seg].flags.includes('locked')) box.appendChild(el('p', 'muted locked-note', LOCKED));
    describe(box, f, false);
    const actions = el('div', 'actions');
    const acc = hasSugg(f)
      ? button('Accept (a)', () => accept(f.id, null), 'Apply the suggestion to the segment')
      : button('Confirm & edit (a)', () => accept(f.id, null), 'No suggestion: confirm the error and fix the segment by hand');
    acc.disabled = hasSugg(f) && st === 'accepted' && replacementOf(f) === f.sugg;
    acc.className = 'primary';
    acc.dataset.action = hasSugg(f) ? 'accept' : 'confirm';
    actions.appendChild(acc);
    for (const c of f.cands) {
      if (c === f.sugg) continue;
      const b = button('Use «' + c + '»', () => accept(f.id, c), 'Accept this alternative');
      b.dataset.action = 'accept-alt';
      actions.appendChild(b);
    }
    const fp = button('Dismiss: false positive (d)', () => dismiss(f.id, 'false-positive'));
    fp.dataset.action = 'dismiss-fp';
    const ok = button('Dismiss: acceptable (D)', () => dismiss(f.id, 'acceptable'));
    ok.dataset.action = 'dismiss-ok';
    const dd = button('Dismiss', () => dismiss(f.id, null));
    dd.dataset.action = 'dismiss';
    const ed = button('Edit segment (e)', () => startEdit(f.doc, f.seg, f));
    ed.dataset.action = 'edit';
    actions.append(fp, ok, dd, ed);
    if (d) {
      const undo = button('Undo (u)', () => undoDecision(f.id));
      undo.dataset.action = 'undo';
      actions.appendChild(undo);
    }
    box.appendChild(actions);
  }

  // ---- actions ---------------------------------------------------------------------------
  let notice = null;  // { id, text }: why the last accept of finding ``id`` was refused
  function refuse(id, text) {
    notice = { id: id, text: text };
    refresh();
  }
  function editLabel(id) { return F[id].rule + ' «' + F[id].span + '» → «' + replacementOf(F[id]) + '»'; }
  // Where finding f's span stands in a hand edit of its segment: at its place counted from the start or
  // from the end of the segment (the text before/after it unchanged), else its only occurrence; -1 if none.
  function locate(cur, f) {
    const text = segs[f.doc][f.seg].text, span = f.span;
    if (cur.startsWith(text.slice(0, f.start)) && cur.startsWith(span, f.start)) return f.start;
    const at = cur.length - (text.length - f.start);
    if (at >= 0 && cur.endsWith(text.slice(f.end)) && cur.startsWith(span, at)) return at;
    const once = span ? cur.indexOf(span) : -1;
    return once >= 0 && cur.indexOf(span, once + 1) < 0 ? once : -1;
  }
  // Accept a suggestion (or ``replacement``), unless it cannot be applied together with the edits already
  // accepted in its segment: then nothing is recorded and the detail panel says why.
  function accept(id, replacement) {
    const f = F[id];
    if (!hasSugg(f) && replacement === null) { confirmError(id); return; }
    const rep = replacement !== null ? replacement : f.sugg;
    const k = f.doc + ':' + f.seg;
    notice = null;
    if (k in state.e) {  // a hand-edited segment: replace the span where it still stands
      const cur = state.e[k], at = locate(cur, f);
      if (fixedByEdit(f)) {
        refuse(id, 'Not accepted: «' + shownSpan(f.span) + '» is no longer in your hand edit of this segment, so the ' +
          'edit fixed it: the finding counts as fixed by hand edit. Edit the segment (e) or revert the hand edit to change that.');
        return;
      }
      if (at < 0) {
        refuse(id, 'Not accepted: «' + f.span + '» cannot be found (once) in your hand edit of this segment. ' +
          'Edit the segment (e) or revert the hand edit first.');
        return;
      }
      const next = cur.slice(0, at) + rep + cur.slice(at + f.span.length);
      if (protectedBroken(segs[f.doc][f.seg], next)) {
        refuse(id, 'Not accepted: in your hand edit «' + f.span + '» stands inside text not for translation, ' +
          'which must stay as written. Edit the segment (e) instead.');
        return;
      }
      state.e[k] = next;
    } else {
      const others = acceptedEdits(f.doc, f.seg, null).filter((e) => e.f.id !== id);
      const c = composeEdits(segs[f.doc][f.seg].text, others.concat([{ f: f, rep: rep }]));
      if (c.conflicts.length) {
        const clash = uniq(c.conflicts.flatMap((x) => (x.id === id ? x.with : [x.id])).filter((x) => x !== id));
        refuse(id, 'Not accepted: this change overlaps the accepted ' + clash.map(editLabel).join(', ') +
          ' and the two cannot both be applied. Undo that decision first (u), or edit the segment by hand (e).');
        return;
      }
    }
    state.f[id] = { d: 'accepted', r: null, x: replacement !== null && replacement !== f.sugg ? replacement : null };
    save();
    refresh();
  }
  // A finding without a suggestion: 'accept' confirms the error and opens its segment for a hand edit.
  // It counts as accepted (fixed) once the segment is edited by hand; until then it is 'to edit'.
  function confirmError(id) {
    const f = F[id];
    notice = null;
    state.f[id] = { d: 'confirmed', r: null, x: null };
    save();
    refresh();
    startEdit(f.doc, f.seg, f);
  }
  const handEdited = (f) => (f.doc + ':' + f.seg) in state.e;
  function dismiss(id, reason) {
    notice = null;
    state.f[id] = { d: 'dismissed', r: reason, x: null };
    save();
    refresh();
  }
  function undoDecision(id) {
    notice = null;
    delete state.f[id];
    save();
    refresh();
  }
  // Accepted edits that no longer compose with the others of their segment (a stored state from an older
  // page, or a hand edit reverted) are reopened, with a note, rather than exported as applied.
  function reopenConflicts() {
    const reopened = [];
    for (const [k, ids] of bySeg) {
      if (k in state.e || !ids.some((id) => statusOf(id) === 'accepted')) continue;
      const [doc, seg] = k.split(':').map(Number);
      for (const c of composition(doc, seg).conflicts) {
        delete state.f[c.id];
        reopened.push(c.id);
      }
    }
    if (reopened.length) {
      const box = $('notice');
      box.textContent = (box.hidden ? '' : box.textContent + ' ') + 'Reopened ' + reopened.length + ' accepted finding(s) whose change overlaps another accepted ' +
        'change and cannot be applied with it: ' + reopened.map((id) => F[id].rule + ' «' + F[id].span + '»').join(', ') + '.';
      box.hidden = false;
    }
    return reopened;
  }
  function revertEdit(k) {
    delete state.e[k];
    reopenConflicts();
    save();
    refresh();
  }
  function refresh() {
    showDoc(curDoc, curPage);
    renderRows();
    renderDetail();
    // the keyboard keeps its place across the redraw: on the selected finding's mark, not back at the top
    const lost = !document.activeElement || document.activeElement === document.body;
    const mark = selected !== null && lost ? markOf(selected) : null;
    if (mark) mark.focus({ preventScroll: true });
  }

  // ---- finding list: filters, sort, pages ---------------------------------------------------
  function fillSelect(sel, label, values) {
    sel.replaceChildren();
    const all = el('option', '', label);
    all.value = '';
    sel.appendChild(all);
    for (const [v, text] of values) {
      const o = el('option', '', text);
      o.value = String(v);
      sel.appendChild(o);
    }
  }
  fillSelect($('f-sev'), 'All severities', [[3, 'critical'], [2, 'major'], [1, 'minor']]);
  fillSelect($('f-rule'), 'All rules', uniq(F.map((f) => f.rule)).map((r) => [r, r + (D.rules[r] ? ' ' + D.rules[r].name : '')]));
  fillSelect($('f-cat'), 'All categories', uniq(F.map((f) => f.cat)).map((c) => [c, c]));
  fillSelect($('f-doc'), 'All documents', docs.map((d, i) => [i, '#' + d.rank + ' ' + d.doc]));
  fillSelect($('f-status'), 'Any status', [['open', 'open'], ['accepted', 'accepted'], ['confirmed', 'confirmed (no suggestion)'],
    ['fixed', 'fixed by hand edit'], ['dismissed', 'dismissed']]);
  // where the translation came from, when a file says (XLIFF state-qualifier, Trados origin, memoQ status)
  fillSelect($('f-origin'), 'Any origin', [['mt', 'MT-origin segments'], ['other', 'Not MT-origin']]);
  $('f-origin').hidden = !anyMT;

  let sortKey = 'doc', sortDir = 1, rowPage = 0, filtered = [];
  const cmp = {
    sev: (a, b) => a.sev - b.sev,
    rule: (a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
    doc: (a, b) => a.doc - b.doc || a.seg - b.seg || a.start - b.start,
    text: (a, b) => a.span.localeCompare(b.span),
    conf: (a, b) => a.conf - b.conf,
    cat: (a, b) => (a.cat < b.cat ? -1 : a.cat > b.cat ? 1 : 0),
    risk: (a, b) => segs[a.doc][a.seg].risk - segs[b.doc][b.seg].risk,
  };
  const DESCENDING = new Set(['sev', 'conf', 'risk']);
  // Vietnamese without its diacritics, lower case: 'Trường Đại học' -> 'truong dai hoc'
  const fold = (t) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  // what the search looks in, for finding f: as written (lower case) or without diacritics; made once
  function haystack(f, bare) {
    if (f.hay === undefined) {
      f.hay = (f.span + '\u0000' + f.msg + '\u0000' + (f.sugg || '') + '\u0000' + f.rule + '\u0000' + f.cat + '\u0000' +
        docs[f.doc].doc + '\u0000' + segs[f.doc][f.seg].text).toLowerCase();
    }
    if (bare && f.hayBare === undefined) f.hayBare = fold(f.hay);
    return bare ? f.hayBare : f.hay;
  }
  function applyFilters(keepPage) {
    const sev = $('f-sev').value, rule = $('f-rule').value, cat = $('f-cat').value, doc = $('f-doc').value;
    const st = $('f-status').value, origin = $('f-origin').value;
    const q = $('q').value.trim().normalize('NFC').toLowerCase();
    const bare = q === fold(q);  // typed without diacritics ('truong'): matches 'trường' too
    filtered = F.filter((f) => (!sev || f.sev === Number(sev)) && (!rule || f.rule === rule) && (!cat || f.cat === cat) &&
      (!doc || f.doc === Number(doc)) && (!st || statusOf(f.id) === st) && (!q || haystack(f, bare).includes(q)) &&
      (!origin || (origin === 'mt') === Boolean(segs[f.doc][f.seg].mt)));
    const c = cmp[sortKey];
    filtered.sort((a, b) => sortDir * c(a, b) || cmp.doc(a, b));
    if (!keepPage) rowPage = 0;
    for (const b of document.querySelectorAll('#flist th button')) {
      b.setAttribute('aria-sort', b.dataset.sort === sortKey ? (sortDir > 0 ? 'ascending' : 'descending') : 'none');
    }
    $('sort').value = sortKey;
    renderRows();
  }
  function renderRows() {
    const pages = Math.max(1, Math.ceil(filtered.length / ROW_PAGE));
    rowPage = Math.min(rowPage, pages - 1);
    const body = $('frows');
    body.replaceChildren();
    for (const f of filtered.slice(rowPage * ROW_PAGE, (rowPage + 1) * ROW_PAGE)) {
      const tr = el('tr', statusOf(f.id) + (f.id === selected ? ' sel' : ''));
      tr.dataset.f = String(f.id);
      const sev = el('td');
      sev.appendChild(el('span', 'b s' + f.sev, SEV[f.sev]));
      const mark = STATUS_MARK[statusOf(f.id)];  // accepted and dismissed rows look alike otherwise (struck through)
      if (mark) sev.appendChild(el('span', 'st', mark)).title = statusLabel(f);
      tr.append(sev, el('td', '', f.rule), el('td', '', docs[f.doc].doc), el('td', '', shownSpan(f.span)), el('td', '', Number(f.conf).toFixed(2)));
      tr.title = f.msg;
      tr.tabIndex = -1;
      tr.setAttribute('aria-label', SEV[f.sev] + ' ' + f.rule + ', ' + docs[f.doc].doc + ', «' + shownSpan(f.span) + '», ' +
        statusLabel(f) + ': ' + f.msg);
      tr.addEventListener('click', () => select(f.id, true));
      body.appendChild(tr);
    }
    // one row in the Tab order (the selected one, else the first); the arrows move between rows
    const tabbable = body.querySelector('tr.sel') || body.firstElementChild;
    if (tabbable) tabbable.tabIndex = 0;
    $('count').textContent = filtered.length + ' of ' + F.length + ' findings';
    pager($('f-pager'), rowPage, pages, (p) => { rowPage = p; renderRows(); }, '');
  }
  // the finding list by keyboard: Up/Down move between rows, Enter or space selects the row's finding
  $('frows').addEventListener('keydown', (ev) => {
    const tr = ev.target.closest('tr');
    if (!tr || ev.target !== tr) return;
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      const next = ev.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling;
      if (next) { tr.tabIndex = -1; next.tabIndex = 0; next.focus(); }
    } else if (ev.key === 'Enter' || ev.key === ' ') {
      const id = Number(tr.dataset.f);
      select(id, true);
      const again = $('frows').querySelector('tr[data-f="' + id + '"]');  // the list was drawn anew
      if (again) again.focus();
    } else return;
    ev.preventDefault();
  });
  for (const id of ['f-sev', 'f-rule', 'f-cat', 'f-doc', 'f-status', 'f-origin']) $(id).addEventListener('change', () => applyFilters(false));
  let qTimer = null;
  $('q').addEventListener('input', () => {
    clearTimeout(qTimer);
    qTimer = setTimeout(() => { qTimer = null; applyFilters(false); }, 120);
  });
  for (const b of document.querySelectorAll('#flist th button')) {
    b.addEventListener('click', () => {
      if (sortKey === b.dataset.sort) sortDir = -sortDir; else { sortKey = b.dataset.sort; sortDir = DESCENDING.has(sortKey) ? -1 : 1; }
      applyFilters(true);
    });
  }
  $('sort').addEventListener('change', () => {
    sortKey = $('sort').value;
    sortDir = DESCENDING.has(sortKey) ? -1 : 1;
    applyFilters(false);
  });

  // ---- selection and navigation ------------------------------------------------------------
  function select(id, scroll) {
    if (notice && notice.id !== id) notice = null;
    selected = id;
    const f = F[id];
    const page = Math.floor(contentIdx(f.doc).indexOf(f.seg) / SEG_PAGE);
    if (f.doc !== curDoc || (page >= 0 && page !== curPage)) showDoc(f.doc, Math.max(0, page));
    const at = filtered.indexOf(f);
    if (at >= 0) rowPage = Math.floor(at / ROW_PAGE);
    renderRows();
    renderDetail();
    markSelected(scroll);
  }
  // what shows finding ``id`` in the text: its mark, or once accepted the insertion of the change it is part of
  function markOf(id) {
    const own = document.getElementById('f-' + id);
    if (own) return own;
    // a finding whose span starts where another's does shares that finding's mark (which has the other's id)
    const row = document.getElementById('seg-' + F[id].doc + '-' + F[id].seg);
    for (const m of row ? row.querySelectorAll('mark.f[id]') : []) {
      if (m.dataset.f.split(',').map(Number).includes(id)) return m;
    }
    for (const ins of document.querySelectorAll('ins.acc[data-f]')) {
      if (ins.dataset.f.split(',').map(Number).includes(id)) return ins;
    }
    return null;
  }
  function markSelected(scroll) {
    for (const m of document.querySelectorAll('mark.f.sel, ins.acc.sel, .seg.current')) m.classList.remove('sel', 'current');
    if (selected === null) return;
    const f = F[selected];
    const row = document.getElementById('seg-' + f.doc + '-' + f.seg);
    if (row) row.classList.add('current');
    if (row && scroll && row.closest('#boilerplate')) $('boilerplate').open = true;
    const mark = markOf(selected);
    const target = mark || row;
    if (mark) mark.classList.add('sel');
    if (scroll && target) {
      target.scrollIntoView({ block: 'center' });
      if (mark) mark.focus({ preventScroll: true });
    }
  }
  // j/k walk the filtered list; from another document than the one shown (a document was just
  // chosen in the list), they start at the shown document's first (j) or last (k) finding
  function step(delta) {
    if (!filtered.length) return;
    if (selected === null || F[selected].doc !== curDoc) {
      const here = filtered.filter((f) => f.doc === curDoc);
      if (here.length) { select(here[delta > 0 ? 0 : here.length - 1].id, true); return; }
    }
    let at = selected === null ? -1 : filtered.indexOf(F[selected]);
    if (at < 0) at = delta > 0 ? -1 : filtered.length;
    at = Math.max(0, Math.min(filtered.length - 1, at + delta));
    select(filtered[at].id, true);
  }

  // ---- export ---------------------------------------------------------------------------
  function exportData() {
    const findings = [], confirmed = [];
    const fixed = F.filter(fixedByEdit).map((f) => f.id);
    for (const id of Object.keys(state.f).map(Number).concat(fixed).sort((a, b) => a - b)) {
      const f = F[id], d = state.f[id] || { d: 'fixed', r: null };
      if (!f) continue;
      const s = segs[f.doc][f.seg];
      const rec = {
        fingerprint: f.fp, doc: docs[f.doc].doc, segment: f.seg, line: f.line, column: f.col, rule: f.rule,
        text: f.span, decision: d.d, reason: d.r || null,
      };
      if (s.record !== null && s.record !== undefined) rec.record = s.record;
      if (d.d === 'accepted') Object.assign(rec, { replacement: replacementOf(f), start: f.cs, end: f.ce });
      // left open, but a hand edit took its span out: accepted as fixed by that edit (audit apply counts it so)
      if (d.d === 'fixed') Object.assign(rec, { decision: 'accepted', replacement: null, manual: true, fixed_by_edit: true });
      if (d.d === 'confirmed') {  // a confirmed error: fixed by the hand edit of its segment, or still to fix
        if (!handEdited(f)) {
          confirmed.push(Object.assign(rec, { decision: 'confirmed', start: f.cs, end: f.ce }));
          continue;
        }
        Object.assign(rec, { decision: 'accepted', replacement: null, manual: true });
      }
      findings.push(rec);
    }
    const segments = [];
    docs.forEach((dd, doc) => {
      for (const s of segs[doc]) {
        if (s.bp) continue;
        const now = currentText(doc, s.i);
        if (now === s.text) continue;
        const rec = { doc: dd.doc, segment: s.i, line: s.line, column: s.col, original: s.text, text: now,
          manual: (doc + ':' + s.i) in state.e };
        if (s.record !== null && s.record !== undefined) rec.record = s.record;
        segments.push(rec);
      }
    });
    return { format: 'mt-audit-decisions', version: 1, run_id: D.run_id, exported: new Date().toISOString(),
      findings: findings, segments: segments, confirmed: confirmed };
  }
  window.mtAuditExport = exportData;  // for scripts and tests: the same object the download contains
  // for tests: compose edits {start, end, rep} on text as the page does -> {text, conflicts: [edit index]}
  window.mtAuditCompose = (text, edits) => {
    const c = composeEdits(text, edits.map((e, i) => ({ f: { id: i, start: e.start, end: e.end }, rep: e.rep })));
    let out = '', pos = 0;
    for (const g of c.groups) { out += text.slice(pos, g.start) + g.rep; pos = g.end; }
    return { text: out + text.slice(pos), conflicts: c.conflicts.map((x) => x.id).sort((a, b) => a - b) };
  };
  $('import').addEventListener('click', () => $('import-file').click());
  $('import-file').addEventListener('change', (ev) => {
    const file = ev.target.files && ev.target.files[0];
    if (!file) return;
    const box = $('notice');
    file.text().then((raw) => {
      const [found, edits] = fromDecisionsFile(JSON.parse(raw));
      const [nf, ne] = takeOver(found, edits);
      reopenConflicts();
      save();
      refresh();
      box.textContent = 'Imported ' + nf + ' decision(s) and ' + ne + ' hand edit(s) from ' + file.name +
        (nf < found.length || ne < edits.length ? ' (' + (found.length - nf + edits.length - ne) +
          ' not in this run: their text has changed)' : '') + '.';
      box.hidden = false;
    }).catch((err) => {
      box.textContent = 'Not imported: ' + file.name + ' is ' + (err instanceof SyntaxError ? 'not JSON' : err.message) + '.';
      box.hidden = false;
    }).finally(() => { ev.target.value = ''; });
  });
  $('export').addEventListener('click', () => {
    const blob = new Blob([JSON.stringify(exportData(), null, 2) + '\n'], { type: 'application/json' });
    const a = el('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'decisions-' + D.run_id + '.json';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  });

  function updateProgress() {
    let acc = 0, dis = 0, todo = 0;
    for (const k in state.f) {
      const d = state.f[k].d;
      if (d === 'accepted' || (d === 'confirmed' && F[k] && handEdited(F[k]))) acc++;
      else if (d === 'confirmed') todo++;
      else dis++;
    }
    const fixed = F.filter(fixedByEdit).length;
    $('progress').textContent = acc + ' accepted · ' + dis + ' dismissed · ' + Object.keys(state.e).length + ' edited' +
      (fixed ? ' · ' + fixed + ' fixed by hand edit' : '') + (todo ? ' · ' + todo + ' confirmed, to edit' : '');
    const open = F.filter((f) => statusOf(f.id) === 'open').length;
    $('remaining').textContent = '· ' + (!F.length ? 'no finding to review'
      : open ? open + ' of ' + F.length + ' findings open' : 'every finding decided');
  }

  // ---- keyboard ---------------------------------------------------------------------------
  $('help-btn').addEventListener('click', () => {
    const h = $('help');
    h.hidden = !h.hidden;
    $('help-btn').setAttribute('aria-expanded', String(!h.hidden));
  });
  document.addEventListener('keydown', (ev) => {
    const tag = ev.target && ev.target.tagName;
    // a filter just chosen keeps the focus on its <select>: the keys below still work there (its own keys,
    // arrows, Enter and space, are not among them)
    if (tag === 'SELECT' && ev.key === 'Escape') ev.target.blur();
    if (tag === 'INPUT' || tag === 'TEXTAREA' || ev.ctrlKey || ev.metaKey || ev.altKey) {
      if ((ev.key === 'Escape' || ev.key === 'Enter') && tag === 'INPUT') {  // back to the keys, the search applied
        if (ev.target.id === 'q' && qTimer !== null) { clearTimeout(qTimer); qTimer = null; applyFilters(false); }
        ev.target.blur();
      }
      return;
    }
    const k = ev.key;
    // a span reached with Tab is selected by Enter or space, as a click selects it: a, d, e then act on it
    const span = (k === 'Enter' || k === ' ') && ev.target.closest ? ev.target.closest('mark.f, ins.acc[data-f]') : null;
    if (span) select(Number(span.dataset.f.split(',')[0]), false);
    else if (k === 'j' || k === 'n') step(1);
    else if (k === 'k' || k === 'p') step(-1);
    else if (k === '/') $('q').focus();
    else if (k === '?') { hideTip(); $('help-btn').click(); }  // the help moves the page: a tooltip would stay behind
    else if (k === 'Escape') { hideTip(); $('help').hidden = true; $('notice').hidden = true; }
    else if (selected !== null && k === 'a') accept(selected, null);
    else if (selected !== null && k === 'd') dismiss(selected, 'false-positive');
    else if (selected !== null && k === 'D') dismiss(selected, 'acceptable');
    else if (selected !== null && k === 'u') undoDecision(selected);
    else if (selected !== null && k === 'e') startEdit(F[selected].doc, F[selected].seg, F[selected]);
    else return;
    ev.preventDefault();
  });

  // Files the run could not read are not in this report: say so above everything else; below, the notes on files
  // read all the same (fields left unread, a default field name read), which a reviewer should know too
  function showInputList(id, items, what) {
    const box = $(id);
    if (!items.length) return;
    box.hidden = false;
    box.querySelector('summary').textContent = what(items.length);
    const list = box.querySelector('ul');
    for (const e of items) list.appendChild(el('li', '', e.file + (e.line ? ':' + e.line : '') + ': ' + e.message));
  }
  function showInputErrors(errors) {
    showInputList('input-errors', errors, n => n + (n === 1 ? ' input error' : ' input errors') +
      ': what they name was not read and is not in this report');
  }
  function showInputNotes(notes) {
    showInputList('input-notes', notes, n => n + (n === 1 ? ' input note' : ' input notes') +
      ': files read all the same, but not quite as asked, or left out on purpose');
  }

  // ---- start ---------------------------------------------------------------------------
  // the sticky panels start below the header, which grows to two lines where it wraps (a laptop screen)
  const topBar = $('top');
  const fitTop = () => document.documentElement.style.setProperty('--top-h', topBar.offsetHeight + 'px');
  if (window.ResizeObserver) new ResizeObserver(fitTop).observe(topBar);
  fitTop();
  const c = D.counts || {};
  const count = (n, what) => n + ' ' + what + (n === 1 ? '' : 's');
  $('run-info').textContent = count(docs.length, 'document') + ' · ' + count(c.segments || 0, 'segment') + ' · ' +
    count(F.length, 'finding') + ' · run ' + D.run_id + (D.settings ? ' · ' + D.settings : '');
  $('prot-note').textContent = PROT_NOTE;
  showInputErrors(D.input_errors || []);
  showInputNotes(D.input_notes || []);
  const carried = carryOver();
  if (carried) {
    const box = $('notice');
    box.textContent = 'Carried over ' + carried[1] + ' decision(s) and ' + carried[2] + ' hand edit(s) from run ' +
      carried[0] + ' (this browser), matched by finding fingerprint and segment text. Undo any with u.';
    box.hidden = false;
  }
  if (reopenConflicts().length || carried) save();
  showUnsaved();
  renderDocList();
  if (docs.length) showDoc(0, 0);
  else $('doc-head').appendChild(el('p', 'muted', 'This run has no documents.'));
  applyFilters(false);
  updateProgress();
  document.body.dataset.ready = 'true';
})();

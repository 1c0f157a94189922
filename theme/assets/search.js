// Search over the build's index (/{lang}/search/index.json), entirely in the browser.
// Japanese has no spaces, so a query part with any non-Latin character matches as a substring:
// 「模倣」 finds 「生体模倣システム」 without a word segmenter. Latin words match by stem prefix,
// so "vectors", "manufactured" and "regulating" find "vector", "manufacturing", "regulation",
// and a half-typed word already finds something. Text is compared after NFKC and lower-casing,
// so full-width 「ＧＭＰ」 finds "GMP". The matching functions are exported for the tests.

const kindRank = { measure: 0, issue: 1, term: 2, programme: 3, institution: 4 };

// One light suffix-stripping rule set, the same for content and query: inflections and the
// common -ation/-ate family. Not Porter; enough for plural and verb forms in our texts.
const suffixes = [
  ['ational', ''], ['ations', ''], ['ation', ''], ['ators', ''], ['ator', ''], ['atory', ''],
  ['ating', ''], ['ated', ''], ['ates', ''], ['ate', ''], ['ments', ''], ['ment', ''],
  ['ings', ''], ['ing', ''], ['ies', 'y'], ['ied', 'y'], ['ers', ''], ['er', ''],
  ['sses', 'ss'], ['xes', 'x'], ['ches', 'ch'], ['shes', 'sh'], ['ses', 's'], ['ed', ''], ['ly', ''], ['s', ''],
];

export function stem(word) {
  for (const [suffix, replacement] of suffixes) {
    if (!word.endsWith(suffix)) continue;
    const base = word.slice(0, -suffix.length) + replacement;
    if (base.length < 3 || (suffix === 's' && word.endsWith('ss'))) continue;
    return base.endsWith('e') && base.length > 3 ? base.slice(0, -1) : base;
  }
  return word.endsWith('e') && word.length > 3 ? word.slice(0, -1) : word;
}

// The normalised text and, for each of its code units, the index in the original text,
// so matches found in the normalised text can be highlighted in the original.
function normalise(text) {
  let folded = '';
  const origin = [];
  let at = 0;
  for (const ch of text) {
    const n = ch.normalize('NFKC').toLowerCase();
    for (let k = 0; k < n.length; k++) origin.push(at);
    folded += n;
    at += ch.length;
  }
  origin.push(at);
  return { folded, origin };
}

const latinWord = /[a-z0-9]+/g;

function words(folded) {
  return [...folded.matchAll(latinWord)].map(m => ({ start: m.index, end: m.index + m[0].length, stem: stem(m[0]) }));
}

export function prepare(index) {
  return index.records.map((record, order) => {
    const title = normalise(record.title);
    const text = normalise(record.text);
    return { record, order, title, text, titleWords: words(title.folded), textWords: words(text.folded) };
  });
}

// A query is parts separated by spaces; each part is either one Latin word or a run of other text.
export function parse(query) {
  const parts = [];
  for (const chunk of query.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean)) {
    if (/^[\x00-\x7f]+$/.test(chunk)) {
      for (const w of chunk.match(latinWord) ?? []) parts.push({ latin: true, text: w, stem: stem(w) });
    } else {
      parts.push({ latin: false, text: chunk });
    }
  }
  return parts;
}

// Where a part occurs in one normalised field: [start, end) ranges in the normalised text.
function occurrences(part, field, fieldWords) {
  if (part.latin) return fieldWords.filter(w => w.stem.startsWith(part.stem)).map(w => [w.start, w.end]);
  const found = [];
  for (let at = field.folded.indexOf(part.text); at >= 0; at = field.folded.indexOf(part.text, at + 1))
    found.push([at, at + part.text.length]);
  return found;
}

export function search(prepared, query) {
  const parts = parse(query);
  if (parts.length === 0) return [];
  const results = [];
  for (const entry of prepared) {
    let score = 0;
    const ranges = [];
    let all = true;
    for (const part of parts) {
      const inTitle = occurrences(part, entry.title, entry.titleWords);
      const inText = occurrences(part, entry.text, entry.textWords);
      if (inTitle.length + inText.length === 0) { all = false; break; }
      score += 5 * inTitle.length + inText.length;
      ranges.push(...inText);
    }
    if (all) results.push({ entry, score, ranges });
  }
  results.sort((a, b) => b.score - a.score
    || kindRank[a.entry.record.kind] - kindRank[b.entry.record.kind]
    || a.entry.order - b.entry.order);
  return results.map(r => ({ ...r.entry.record, excerpt: excerpt(r.entry.text, r.entry.record.text, r.ranges) }));
}

// A short passage around the first match, as segments [{ text, mark }] in the original spelling.
export function excerpt(field, original, ranges, before = 30, length = 110) {
  const marks = ranges.map(([s, e]) => [field.origin[s], field.origin[e]]).sort((a, b) => a[0] - b[0]);
  const start = marks.length ? Math.max(0, marks[0][0] - before) : 0;
  const end = Math.min(original.length, start + length);
  const segments = [];
  if (start > 0) segments.push({ text: '…', mark: false });
  let at = start;
  for (const [s, e] of marks) {
    if (s < at || s >= end) continue;
    if (s > at) segments.push({ text: original.slice(at, s), mark: false });
    segments.push({ text: original.slice(s, Math.min(e, end)), mark: true });
    at = Math.min(e, end);
  }
  if (at < end) segments.push({ text: original.slice(at, end), mark: false });
  if (end < original.length) segments.push({ text: '…', mark: false });
  return segments;
}

// The page: reveal the form, search as the reader types, keep the query in the URL so a search can be linked.
async function run(form) {
  const input = form.querySelector('input[type="search"]');
  const status = form.querySelector('[role="status"]');
  const section = document.querySelector('.search__results');
  const list = section.querySelector('ol');
  const fallback = document.querySelector('.search__fallback');
  form.hidden = false;
  document.querySelector('.search__no-script').hidden = true;
  form.addEventListener('submit', event => event.preventDefault());
  input.value = new URLSearchParams(location.search).get('q') ?? '';

  status.textContent = form.dataset.loading;
  const response = await fetch(form.dataset.index);
  const prepared = prepare(await response.json());
  status.textContent = '';

  const show = () => {
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    list.replaceChildren();
    fallback.hidden = query !== '';
    section.hidden = query === '';
    if (!query) { status.textContent = ''; return; }
    const results = search(prepared, query);
    status.textContent = results.length ? form.dataset.count.replace('{0}', results.length) : form.dataset.none;
    for (const result of results) list.append(resultItem(result));
  };
  let timer;
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(show, 80); });
  show();
}

function resultItem(result) {
  const item = document.createElement('li');
  item.className = `search-result search-result--${result.kind}`;
  const link = document.createElement('a');
  link.href = result.url;
  const kind = document.createElement('span');
  kind.className = 'search-result__kind';
  kind.textContent = result.number ? `${result.label} ${result.number}` : result.label;
  link.append(kind, ' ', result.title);
  const passage = document.createElement('p');
  passage.className = 'search-result__excerpt';
  for (const segment of result.excerpt) {
    if (!segment.mark) { passage.append(segment.text); continue; }
    const mark = document.createElement('mark');
    mark.textContent = segment.text;
    passage.append(mark);
  }
  item.append(link, passage);
  return item;
}

if (typeof document !== 'undefined') {
  const form = document.querySelector('form.search[data-index]');
  if (form) run(form);
}

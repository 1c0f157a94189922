// Imports our "How to cite" texts with the parsers reference managers use, and prints what they
// made of them as JSON, for tests/RoadmapSite.Tests/Finding/CitationImportTests.cs:
//   - BibTeX with @retorquere/bibtex-parser, the parser of Better BibTeX's import into Zotero;
//   - BibTeX and CSL-JSON with citation.js, rendered to an APA bibliography entry by citeproc-js,
//     the CSL processor of Zotero and Mendeley.
// Input on stdin: [{ "bibtex": "...", "csl": "..." }, ...]. Output on stdout, one result each.

let parseBibtex, Cite;
try {
  ({ parse: parseBibtex } = await import('@retorquere/bibtex-parser'));
  ({ Cite } = await import('@citation-js/core'));
  await import('@citation-js/plugin-bibtex');
  await import('@citation-js/plugin-csl');
} catch (e) {
  console.error(`The reference-manager parsers are not installed (${e.message}). Run \`npm ci\` in the repository root (.ci/run does).`);
  process.exit(3);
}

// citation.js reports what it could not map on the console; collect it rather than lose it.
const warnings = [];
for (const level of ['warn', 'error', 'log']) console[level] = (...args) => warnings.push(args.join(' '));

const apa = (cite) => cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();

const input = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.setEncoding('utf8').on('data', (chunk) => (text += chunk)).on('end', () => resolve(text));
}));

const results = input.map(({ bibtex, csl }) => {
  warnings.length = 0;
  const library = parseBibtex(bibtex);
  const betterBibtex = {
    errors: library.errors.map((e) => e.error),
    entries: library.entries.map((e) => ({ type: e.type, key: e.key, fields: e.fields })),
  };
  const fromBibtex = new Cite(bibtex);
  const fromCsl = new Cite(JSON.parse(csl));
  const item = ({ _graph, ...rest }) => rest;
  return {
    betterBibtex,
    citationJsBibtex: { items: fromBibtex.data.map(item), apa: apa(fromBibtex) },
    citationJsCsl: { items: fromCsl.data.map(item), apa: apa(fromCsl) },
    warnings: [...warnings],
  };
});
process.stdout.write(JSON.stringify(results));

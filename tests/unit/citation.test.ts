import { describe, expect, test } from 'vitest';
import { bibtexText, citationBibtex, citationText, entryCitation } from '../../src/lib/citation.ts';

const gamma = {
  slug: 'gamma',
  title: 'Gamma',
  path: '/term/gamma/',
  published: new Date('2026-11-21T00:00:00Z'),
  modified: new Date('2026-12-01T00:00:00Z'),
};
const hostileTitle = '</pre><script>alert(1)</script> {x} 100% & $5 #1 a_b ~ ^ \\end';

/**
 * Reads a BibTeX record as BibTeX itself would: braces counted (escaped or not), fields split at top-level
 * commas. Returns the key and the fields, or throws where BibTeX would stop.
 */
function parseBibtex(record: string): { type: string; key: string; fields: Map<string, string> } {
  const head = /^@(\w+)\{([^,{}\s]+),/.exec(record);
  if (!head) throw new Error('no @type{key,');
  const fields = new Map<string, string>();
  let index = head[0].length;
  let depth = 1;
  let current = '';
  for (; index < record.length; index++) {
    const character = record[index]!;
    if (character === '{') depth++;
    if (character === '}') depth--;
    if (depth === 0) break;
    if (character === ',' && depth === 1) {
      const match = /^\s*(\w+)\s*=\s*([\s\S]*?)\s*$/.exec(current);
      if (!match) throw new Error(`not a field: ${current}`);
      fields.set(match[1]!, match[2]!);
      current = '';
    } else {
      current += character;
    }
  }
  if (depth !== 0 || record.slice(index + 1).trim() !== '') throw new Error('unbalanced braces');
  if (current.trim() !== '') throw new Error(`trailing text: ${current}`);
  return { type: head[1]!, key: head[2]!, fields };
}

describe('the suggested citation', () => {
  test('gathers the facts once: title, site, URL and dates', () => {
    expect(entryCitation(gamma)).toEqual({
      key: 'greekslive-gamma',
      title: 'Gamma',
      author: { name: 'Greeks.live', url: 'https://term.greeks.live/' },
      website: { name: 'Greeks.live Glossary of Crypto Derivatives and DeFi Risk', url: 'https://term.greeks.live/' },
      publisher: { name: 'Greeks.live', url: 'https://greeks.live/' },
      url: 'https://term.greeks.live/term/gamma/',
      published: gamma.published,
      modified: gamma.modified,
    });
  });

  test('reads in plain text as a Chicago bibliography entry, with both dates', () => {
    expect(citationText(entryCitation(gamma))).toBe(
      'Greeks.live. “Gamma.” Greeks.live Glossary of Crypto Derivatives and DeFi Risk. Published November 21, 2026. Last modified December 1, 2026. https://term.greeks.live/term/gamma/.',
    );
  });

  test('gives one date when the entry was never updated, and no second stop after a question mark', () => {
    const text = citationText(entryCitation({ ...gamma, title: 'What Is Gamma?', modified: gamma.published }));
    expect(text).toContain('“What Is Gamma?” Greeks.live Glossary');
    expect(text).toContain('Published November 21, 2026. https://');
    expect(text).not.toContain('Last modified');
  });

  test('turns quotation marks inside a title into single ones and keeps it on one line', () => {
    expect(citationText(entryCitation({ ...gamma, title: 'The "Greeks"\n and “Vol”' }))).toContain("“The 'Greeks' and ‘Vol’.”");
  });

  test('is a BibTeX @misc record with the same facts', () => {
    const record = parseBibtex(citationBibtex(entryCitation(gamma)));
    expect(record.type).toBe('misc');
    expect(record.key).toBe('greekslive-gamma');
    expect(Object.fromEntries(record.fields)).toEqual({
      author: '{{Greeks.live}}',
      title: '{{Gamma}}',
      howpublished: '{Greeks.live Glossary of Crypto Derivatives and DeFi Risk}',
      year: '{2026}',
      month: 'dec',
      url: '{https://term.greeks.live/term/gamma/}',
      note: '{Published November 21, 2026. Last modified December 1, 2026}',
    });
  });

  test('escapes what BibTeX and LaTeX would read as markup, keeping every brace balanced', () => {
    expect(bibtexText('{x} 100% & $5 #1 a_b ~ ^ \\end <b>')).toBe(
      '\\textbraceleft{}x\\textbraceright{} 100\\% \\& \\$5 \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}end \\textless{}b\\textgreater{}',
    );
    const record = parseBibtex(citationBibtex(entryCitation({ ...gamma, title: hostileTitle })));
    expect(record.fields.get('title')).toBe(`{{${bibtexText(hostileTitle)}}}`);
    // A closing brace in a title cannot end the field and start a field of its own.
    const injected = parseBibtex(citationBibtex(entryCitation({ ...gamma, title: 'x}}, note = {owned' })));
    expect([...injected.fields.keys()]).toEqual(['author', 'title', 'howpublished', 'year', 'month', 'url', 'note']);
    expect(injected.fields.get('note')).toBe('{Published November 21, 2026. Last modified December 1, 2026}');
  });

  test('keeps a hostile title as text in the plain form: the page escapes it as it prints it', () => {
    expect(citationText(entryCitation({ ...gamma, title: hostileTitle }))).toContain(`“${hostileTitle}.”`);
  });
});

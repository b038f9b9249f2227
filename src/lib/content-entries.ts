/**
 * The fourth concern of the content check: rules across entries. Slugs unique across kinds, related
 * slugs and body links that lead to a published entry, redirects that replace no page and no other
 * redirect, and, as a warning, entries nothing leads to.
 */
import { closestMatch, suggestion, type Problem } from './problems.ts';
import type { CheckedEntry } from './content-check.ts';
import { entryFromPath, entryPath, sectionPaths } from './urls.ts';

export function checkAcrossEntries(entries: readonly CheckedEntry[], problems: Problem[]): void {
  reportOrphans(entries, problems);
  const bySlug = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    const earlier = bySlug.get(entry.slug);
    if (earlier) {
      problems.push({ code: 'file/duplicate-slug', file: entry.file, field: 'file', message: `the slug "${entry.slug}" is taken by ${earlier.file}; slugs are unique across kinds, so rename one file` });
    } else {
      bySlug.set(entry.slug, entry);
    }
  }
  const slugs = [...bySlug.keys()];
  const pagePaths = new Map(entries.map((entry) => [entryPath(entry.kind, entry.slug), entry]));
  const redirectOwners = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    const seen = new Set<string>();
    entry.data.related.forEach((slug, index) => {
      const at = { file: entry.file, line: entry.lines.related[index], field: `related[${index}]` };
      const target = bySlug.get(slug);
      if (slug === entry.slug) {
        problems.push({ ...at, code: 'related/self', message: `"${slug}" is this entry itself; remove it` });
      } else if (seen.has(slug)) {
        problems.push({ ...at, code: 'related/repeat', message: `"${slug}" is listed twice; remove the repeat` });
      } else if (!target) {
        problems.push({ ...at, code: 'related/unknown', message: `"${slug}" is not an entry; ${suggestion(slug, slugs, 'use the file name of an existing entry')}` });
      } else if (target.data.draft && !entry.data.draft) {
        problems.push({ ...at, code: 'related/draft', message: `"${slug}" is a draft, so the link would lead nowhere; remove it or publish ${target.file}` });
      }
      seen.add(slug);
    });
    entry.data.redirectFrom.forEach((path, index) => {
      const at = { file: entry.file, line: entry.lines.redirectFrom[index], field: `redirectFrom[${index}]` };
      const page = pagePaths.get(path);
      const other = redirectOwners.get(path);
      if (page) {
        problems.push({ ...at, code: 'redirect/page', message: `"${path}" is the page of ${page.file}; a redirect cannot replace a real page, so remove it` });
      } else if (other) {
        problems.push({ ...at, code: 'redirect/repeat', message: `"${path}" is also redirected by ${other.file}; keep it in one entry only` });
      } else {
        redirectOwners.set(path, entry);
      }
    });
    for (const link of entry.body.links) {
      if (!link.url.startsWith('/') || link.url.startsWith('//')) continue;
      const target = entryFromPath(link.url);
      if (!target) {
        if (!sectionPaths.has(link.url.split('#')[0]!)) {
          problems.push({ code: 'body/link-nowhere', file: entry.file, line: link.line, field: 'body', message: `link "${link.url}" is not an entry page; link entries as /<kind>/<slug>/` });
        }
        continue;
      }
      const linked = bySlug.get(target.slug) ?? bySlug.get(closestMatch(target.slug, slugs) ?? '');
      if (!linked || linked.kind !== target.kind || linked.slug !== target.slug) {
        const fix = linked ? `did you mean "${entryPath(linked.kind, linked.slug)}"?` : 'link an existing entry as /<kind>/<slug>/';
        problems.push({ code: 'body/link-nowhere', file: entry.file, line: link.line, field: 'body', message: `link "${link.url}" leads nowhere; ${fix}` });
      }
    }
  }
}

/** An entry no other entry relates to or links to is reachable only from the indexes: worth a warning. */
function reportOrphans(entries: readonly CheckedEntry[], problems: Problem[]): void {
  if (entries.length < 2) return;
  const reached = new Set<string>();
  for (const entry of entries) {
    if (entry.data.draft) continue;
    for (const slug of entry.data.related) if (slug !== entry.slug) reached.add(slug);
    for (const link of entry.body.links) {
      const slug = entryFromPath(link.url)?.slug;
      if (slug && slug !== entry.slug) reached.add(slug);
    }
  }
  for (const entry of entries) {
    if (!entry.data.draft && !reached.has(entry.slug)) {
      problems.push({ code: 'entry/orphan', file: entry.file, field: 'related', severity: 'warning', message: 'no other entry relates or links to this one; add it to the related list of an entry that should lead here' });
    }
  }
}

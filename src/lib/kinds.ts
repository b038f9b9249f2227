/** The kinds of entry, each a folder under `content/` and a section of the site. No dependencies: the browser's search code reads it too. */
export const kinds = ['area', 'term', 'definition'] as const;
export type Kind = (typeof kinds)[number];

/** How each kind is named in breadcrumbs, labels and titles. */
export const kindLabels: Record<Kind, string> = { area: 'Area', term: 'Term', definition: 'Definition' };

export function isKind(value: string): value is Kind {
  return (kinds as readonly string[]).includes(value);
}

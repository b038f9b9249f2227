/**
 * Astro's loader reads YAML dates as Date objects, rolling an impossible `2024-02-30` over to March.
 * The content check has already refused such dates from the raw text; this turns the loader's Dates back
 * into the `YYYY-MM-DD` text the schema expects, so one schema serves both.
 */
export function datesToText(frontmatter: unknown): unknown {
  if (frontmatter === null || typeof frontmatter !== 'object' || Array.isArray(frontmatter)) return frontmatter;
  const copy: Record<string, unknown> = { ...frontmatter };
  for (const key of ['published', 'updated']) {
    const value = copy[key];
    if (value instanceof Date) copy[key] = value.toISOString().slice(0, 10);
  }
  return copy;
}

/**
 * The few bytes on every page that load search. Pages fetch no script on load: this inline loader
 * imports the search module only when the reader reaches for search (focus, a click, `/` or Ctrl/Cmd+K),
 * and at once on a page marked `data-search-start` (the search page, the 404 page). It also lets `/` and
 * Ctrl/Cmd+K focus the box before the module has loaded. Bundled and minified by the glossary integration.
 * The module's hashed path is on the search box (`data-search-module`), so this script, and the hash the
 * Content-Security-Policy allows, never change with the module.
 */

interface SearchModule {
  start(): void;
}

const input = document.getElementById('site-search');
const modulePath = input?.dataset['searchModule'];
if (input && modulePath) {
  let loading: Promise<void> | undefined;
  const load = () => (loading ??= import(/* @vite-ignore */ modulePath).then((module: SearchModule) => module.start()));
  input.addEventListener('focus', load, { once: true });
  input.addEventListener('pointerdown', load, { once: true });
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const slash = event.key === '/' && !typing;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (slash || commandK) {
      event.preventDefault();
      input.focus();
      void load();
    }
  });
  // A page that needs search at once says so: the search page, and the 404 page for its suggestions.
  if (document.querySelector('[data-search-start]')) void load();
}

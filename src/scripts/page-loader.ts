/**
 * The few bytes on every page that load its code when the reader reaches for it. Pages fetch no script on
 * load; this inline loader imports
 * - the search module when the reader reaches for the box (pointing at it, focus, `/` or Ctrl/Cmd+K), and at
 *   once on a page marked `data-search-start` (the search page, the 404 page); `/` and Ctrl/Cmd+K focus the
 *   box before the module has loaded;
 * - the preview module the first time a mouse or pen rests on, or keyboard focus lands on, a link to another
 *   entry (never on touch: a tap follows the link); it then takes over, starting with that very event.
 * It also shows the copy buttons (`.copy-button[data-copy]`, hidden in the markup) where the Clipboard API
 * exists, and copies the text of the element a button names: inline, not in a module, because browsers
 * let a page write to the clipboard only while handling the click.
 *
 * Bundled and minified by the glossary integration (integrations/page-scripts.ts), which writes the modules'
 * hashed paths into it: a change to a module changes this script, and the CSP hash in `_headers` with it.
 */
import { asksForPreview, isPreviewable } from '../lib/preview.ts';

// Replaced by the bundler with the modules' site paths.
declare const pageModules: Record<'search' | 'preview', string>;

interface PageModule {
  start(event?: Event): void;
}

/** Each module is started once: with the event that showed the reader's intent, for it to act on. */
const started: Partial<Record<keyof typeof pageModules, Promise<void>>> = {};
const start = (name: keyof typeof pageModules, event?: Event) =>
  (started[name] ??= import(/* @vite-ignore */ pageModules[name]).then((module: PageModule) => module.start(event)));

const input = document.getElementById('site-search');
document.addEventListener('keydown', (event) => {
  const typing = (event.target as Element).closest('input,textarea,select,[contenteditable]');
  if (input && ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey))) {
    event.preventDefault();
    input.focus();
  }
});
// A page that needs search at once says so: the search page, and the 404 page for its suggestions.
if (document.querySelector('[data-search-start]')) void start('search');

const intent = (event: Event) => {
  const link = (event.target as Element).closest('a');
  // Pointing at the search box or focusing it (a press does both) is the reader reaching for search.
  if (event.target === input) void start('search');
  else if (link && isPreviewable(link, location) && asksForPreview(event, link)) void start('preview', event);
};
document.addEventListener('focusin', intent);
document.addEventListener('pointerover', intent);

if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLElement>('.copy-button')) {
    button.hidden = false;
    button.onclick = () =>
      navigator.clipboard.writeText(document.getElementById(button.dataset['copy']!)!.textContent).then(() => {
        button.textContent = 'Copied';
        setTimeout(() => (button.textContent = 'Copy'), 2000);
      });
  }
}

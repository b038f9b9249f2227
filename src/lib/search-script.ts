/**
 * The search box's code, and the few bytes that load it. Pages ship no script that is fetched on load:
 * each carries an inline loader that imports the search module only when the reader reaches for search
 * (focus, a click, `/` or Ctrl/Cmd+K). The module is bundled here with esbuild, once per build, and
 * served at a path named by its hash so it can be cached for good.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';

// From the project root: this module runs bundled inside Astro's build, where its own URL is elsewhere.
const entryPoint = resolve(process.cwd(), 'src/scripts/search-ui.ts');

let bundle: { code: string; path: string } | undefined;

export function searchBundle(): { code: string; path: string } {
  if (!bundle) {
    const result = buildSync({ entryPoints: [entryPoint], bundle: true, format: 'esm', minify: true, write: false, target: 'es2022', legalComments: 'none' });
    const code = result.outputFiles[0]!.text;
    bundle = { code, path: `/search/ui.${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js` };
  }
  return bundle;
}

/**
 * The inline loader. It must stay small: it is on every page. It also lets `/` and Ctrl/Cmd+K focus the
 * box before the module has loaded, and loads the module at once on the search page.
 */
export function searchLoader(): string {
  const modulePath = JSON.stringify(searchBundle().path);
  return `(()=>{const i=document.getElementById("site-search");if(!i)return;let p;const l=()=>p??=import(${modulePath}).then(m=>m.start());i.addEventListener("focus",l,{once:true});i.addEventListener("pointerdown",l,{once:true});document.addEventListener("keydown",e=>{const t=e.target,typing=t instanceof HTMLElement&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));if(e.key==="/"&&!typing||e.key.toLowerCase()==="k"&&(e.ctrlKey||e.metaKey)&&!e.altKey){e.preventDefault();i.focus();l()}});if(document.getElementById("search-page"))l()})();`;
}

/** The loader's hash, for the Content-Security-Policy: the only inline script the policy allows. */
export function searchLoaderHash(): string {
  return `'sha256-${createHash('sha256').update(searchLoader()).digest('base64')}'`;
}

/**
 * The little JavaScript every page has, all of it optional: on the root, it
 * goes on to the reader's script or language (choose-script.ts); the script
 * switch keeps the #anchor and remembers the choice; "/" focuses the search
 * box (see shortcut.ts); the copy-link button copies the item URL, and an
 * item's citation shows the page's own address when the build had no public origin.
 */
import { SCRIPT_STORAGE_KEY, scriptOfLang } from '../i18n/scripts.ts';
import { chooseScript, readStoredScript } from './choose-script.ts';
import { setShortcutEnabled, shortcutApplies, shortcutEnabled } from './shortcut.ts';

/** Remembers the reader's script; storage may be unavailable (private mode). */
function remember(script: string): void {
  try {
    localStorage.setItem(SCRIPT_STORAGE_KEY, script);
  } catch {
    // Nothing to do: the choice simply is not remembered.
  }
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const link = target?.closest<HTMLAnchorElement>('a[data-script-switch], a[data-script-choice]');
  if (link) {
    remember(link.dataset['scriptSwitch'] ?? link.dataset['scriptChoice'] ?? '');
    if (link.dataset['scriptSwitch'] && location.hash) link.hash = location.hash;
  }
  const copy = target?.closest<HTMLButtonElement>('button[data-copy]');
  if (copy) {
    // A root-relative path (no SITE_URL at build time) becomes the address the page is read at.
    void navigator.clipboard.writeText(new URL(copy.dataset['copy'] ?? '', location.href).href).then(() => {
      const status = document.getElementById(copy.getAttribute('aria-controls') ?? '');
      if (status) status.textContent = copy.dataset['copied'] ?? '';
    });
  }
});

if (document.querySelector('[data-choose-script]')) {
  // The root offers every script and language: go on to the reader's own, where its link leads.
  const choice = chooseScript(readStoredScript(), navigator.languages);
  const link = document.querySelector<HTMLAnchorElement>(`a[data-script-choice="${choice}"], a[data-lang-choice="${choice}"]`);
  if (link) location.replace(link.href);
} else {
  // Visiting a page in a script is a choice too.
  const pageScript = scriptOfLang(document.documentElement.lang);
  if (pageScript) remember(pageScript);
}

document.addEventListener('keydown', (event) => {
  if (!shortcutApplies(event)) return;
  const input = document.querySelector<HTMLInputElement>('[data-search-primary]') ?? document.querySelector<HTMLInputElement>('[data-search-input]');
  if (input) {
    event.preventDefault();
    input.focus();
    input.select();
  }
});

// Built without a public origin, the citation shows the path; complete it with the address in use.
document.querySelectorAll<HTMLElement>('[data-page-url]').forEach((el) => {
  if (el.textContent?.startsWith('/')) el.textContent = new URL(el.textContent, location.href).href;
});

// The switch on the accessibility page.
const toggle = document.querySelector<HTMLInputElement>('input[data-shortcut-toggle]');
if (toggle) {
  toggle.checked = shortcutEnabled();
  toggle.addEventListener('change', () => setShortcutEnabled(toggle.checked));
}

// Buttons that need JavaScript stay hidden without it.
document.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((el) => {
  el.hidden = false;
});

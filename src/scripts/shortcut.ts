/**
 * The "/" shortcut to the search box (WCAG 2.1.4): active only while focus
 * is not in a link or a form control, so "/" typed into a field stays a
 * character and a screen reader's own keys pass through; and readers can
 * turn it off on the accessibility page.
 */
const STORAGE_KEY = 'shortcut';

/** Elements in which "/" belongs to the element (or to the reader's tools), not to the site. */
const CONTROL = [
  'a[href]',
  'button',
  'input',
  'select',
  'textarea',
  'summary',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]:not([tabindex="-1"])',
  ...[
    'application',
    'button',
    'checkbox',
    'combobox',
    'grid',
    'link',
    'listbox',
    'menu',
    'menuitem',
    'radio',
    'slider',
    'spinbutton',
    'switch',
    'tab',
    'textbox',
  ].map((r) => `[role="${r}"]`),
].join(', ');

/** Whether the reader has left the shortcut on (the default); storage may be unavailable. */
export function shortcutEnabled(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

/** Turns the shortcut on or off for this browser. */
export function setShortcutEnabled(on: boolean): void {
  try {
    if (on) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, 'off');
  } catch {
    // Nothing to do: the choice lasts for this page only.
  }
}

/** Whether "/" pressed now should go to the search box. */
export function shortcutApplies(event: KeyboardEvent): boolean {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented) return false;
  const active = document.activeElement;
  if (active && active !== document.body && active.closest(CONTROL)) return false;
  return shortcutEnabled();
}

/**
 * Typing in the search box, with Chinese input methods in mind: nothing
 * happens while a composition is open (pinyin "zhong" is not a query until
 * 中 is chosen). A short pause after typing or after a composition ends
 * gives a draft (search, URL replaced); a longer pause, or Enter, commits
 * (a history entry).
 */

/** What typing asks of the search page. */
export interface TypingHandlers {
  /** The box holds a query worth showing results for: search, and replace the URL. */
  draft: () => void;
  /** The reader settled on the query: keep it in history. */
  commit: () => void;
  /** Enter: search now and keep it in history. */
  submit: () => void;
  /** The box changed outside a composition (the pause has just begun): fetch what its search will need. */
  typing?: () => void;
}

/**
 * Pauses in milliseconds: after the last keystroke (or the end of a
 * composition) before a draft — short, since a search takes a few
 * milliseconds — and before a commit.
 */
export const PAUSE = { draft: 50, commit: 1500 } as const;

/** Watches the box and its form; returns a function that cancels pending drafts and commits (on back/forward). */
export function watchTyping(input: HTMLInputElement, form: HTMLFormElement, on: TypingHandlers): () => void {
  let composing = false;
  let draft: number | undefined;
  let commit: number | undefined;
  const cancel = () => {
    window.clearTimeout(draft);
    window.clearTimeout(commit);
  };
  const schedule = () => {
    cancel();
    draft = window.setTimeout(on.draft, PAUSE.draft);
    commit = window.setTimeout(on.commit, PAUSE.commit);
  };
  input.addEventListener('compositionstart', () => {
    composing = true;
    cancel();
  });
  input.addEventListener('compositionend', () => {
    composing = false;
    schedule();
    on.typing?.();
  });
  input.addEventListener('input', (event) => {
    // Chromium and Firefox send the last input of a composition before compositionend, Safari after it.
    if (composing || event.isComposing) return;
    schedule();
    on.typing?.();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Enter that chooses a candidate belongs to the input method.
    if (composing) return;
    cancel();
    on.submit();
  });
  return cancel;
}

/** The translation function: one UI string in a script, with {placeholders} filled. */
import type { ScriptId } from './scripts.ts';
import { zhHans, type UiKey } from './ui/zh-hans.ts';
import { zhHant } from './ui/zh-hant.ts';

const TABLES: Record<ScriptId, Record<UiKey, string>> = { 'zh-hans': zhHans, 'zh-hant': zhHant };

/** Looks up `key` in the script's table and fills `{name}` placeholders. */
export function t(script: ScriptId, key: UiKey, values: Record<string, string | number> = {}): string {
  return TABLES[script][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

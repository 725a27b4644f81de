/**
 * Splits an item file into its frontmatter (parsed) and its MDX body. The
 * frontmatter is read with Astro's own frontmatter reader (js-yaml, as Astro
 * reads Markdown and YAML collections, the documents collection among them):
 * at ×50 it reads the 5,350 item files in 0.2–0.3 s where the `yaml` package
 * took 1.8–2.0 s, with equal values on every item. The one difference that
 * matters for what the writer produces: js-yaml also reads a plain scalar
 * shaped like a date (2024-01-01) as a timestamp, where YAML 1.2's core
 * schema, which the writer (`yaml`) uses, keeps it a string. A file with such
 * a value is read again with `yaml`, so the values are always the writer's.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';

const ITEM_FILE = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/;

/** True when a parsed value holds a Date anywhere. */
function holdsDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (Array.isArray(value)) return value.some(holdsDate);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsDate);
  return false;
}

/** The position js-yaml gives a syntax error (0-based line), if it is one. */
function yamlErrorLine(error: unknown): number | undefined {
  const mark = (error as { mark?: { line?: unknown } } | null)?.mark;
  return typeof mark?.line === 'number' ? mark.line : undefined;
}

/**
 * Reads `---\n<yaml>\n---\n<body>`. Throws naming the file (and the line of a
 * YAML error) when there is no frontmatter or it does not parse.
 */
export function readItemFrontmatter(text: string, file: string): { frontmatter: unknown; body: string } {
  const match = ITEM_FILE.exec(text);
  if (!match) throw new Error(`${file}: An item file must start with frontmatter between "---" lines. Run \`npm run ingest\` to regenerate it.`);
  let frontmatter: unknown;
  try {
    // The reader's frontmatter starts on the line of the opening "---", so its lines are the file's.
    frontmatter = parseFrontmatter(text).frontmatter;
  } catch (error) {
    const line = yamlErrorLine(error);
    const where = line === undefined ? file : `${file}:${line + 1}`;
    throw new Error(
      `${where}: The frontmatter is not valid YAML (${(error as { reason?: string }).reason ?? (error as Error).message}). Run \`npm run ingest\` to regenerate the file.`,
      { cause: error },
    );
  }
  if (holdsDate(frontmatter)) frontmatter = parseYaml(match[1]!);
  return { frontmatter, body: match[2]! };
}

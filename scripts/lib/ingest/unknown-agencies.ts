/**
 * Responsible bodies that are not in the registry, gathered over the whole
 * run and reported together: each with where it is printed, the closest
 * registered names (containment first, then edit distance), and the exact
 * YAML to add — as an alias of a close entry when it is the same body, else
 * as a new entry.
 */
import { distance } from 'fastest-levenshtein';
import type { Agency } from '../../../src/schemas/registry.ts';
import { IngestError } from './errors.ts';

/** One printed name the registry does not know. */
export interface UnknownAgency {
  printed: string;
  side: Agency['side'];
  file: string;
  line: number;
}

/** How many close names to offer. */
const SUGGESTIONS = 3;

/**
 * Registered bodies whose name or alias is closest to `printed`: first those
 * that contain it or that it contains, then by edit distance, counting a
 * short form whose characters all appear in order in the long one
 * (国务院港澳办 in 国务院港澳事务办公室) as close; at most half its length away.
 */
export function closestAgencies(printed: string, agencies: Agency[]): Agency[] {
  const scored = agencies.map((agency) => {
    const forms = [agency.name, ...agency.aliases];
    const contains = forms.some((f) => f.includes(printed) || printed.includes(f));
    // Characters in common, in order, matter more than raw length: 国务院港澳办 vs 国务院港澳事务办公室.
    const best = Math.min(...forms.map((f) => distance(f, printed) - (isSubsequence(printed, f) || isSubsequence(f, printed) ? printed.length : 0)));
    return { agency, score: contains ? -1000 + best : best };
  });
  const limit = Math.ceil(printed.length / 2);
  return scored
    .filter((s) => s.score < limit)
    .sort((a, b) => a.score - b.score)
    .slice(0, SUGGESTIONS)
    .map((s) => s.agency);
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length && short.length > 1;
}

/** The one error for every unknown body of the run, with suggestions and YAML. */
export function unknownAgenciesError(unknown: UnknownAgency[], agencies: Agency[]): IngestError {
  const distinct = [...new Map(unknown.map((u) => [`${u.side}:${u.printed}`, u])).values()];
  const blocks = distinct.map((u) => {
    const where = unknown.filter((o) => o.printed === u.printed && o.side === u.side).map((o) => `${o.file}:${o.line}`);
    const close = closestAgencies(u.printed, agencies);
    const lines = [
      `${where[0]}: The responsible body "${u.printed}" (${u.side} side) is not in the agency registry.${where.length > 1 ? ` Also printed at ${where.slice(1).join(', ')}.` : ''}`,
    ];
    if (close.length) {
      lines.push(`  Closest registered: ${close.map((a) => `${a.name} (${a.slug})`).join('; ')}.`);
      lines.push(`  If it is the same body as ${close[0]!.name}, add it to that entry's aliases in content/registry/agencies.yml:`);
      lines.push(`    aliases: [${[...close[0]!.aliases, u.printed].join(', ')}]`);
      lines.push('  Otherwise add a new entry:');
    } else {
      lines.push('  Add a new entry to content/registry/agencies.yml:');
    }
    lines.push(
      `    - slug: choose-a-stable-ascii-slug`,
      `      name: ${u.printed}`,
      `      aliases: []`,
      `      side: ${u.side}`,
      u.side === 'macao' ? '      level: macao' : '      level: national  # or provincial, municipal',
      `      en: <the English name>`,
      `      pt: <the Portuguese name>`,
      `      sources: { pt: descriptive, en: descriptive }  # or the URL where each was checked`,
    );
    return lines.join('\n');
  });
  const first = unknown[0]!;
  return new IngestError(
    first.file,
    first.line,
    `${distinct.length} responsible bod${distinct.length === 1 ? 'y is' : 'ies are'} not in the agency registry:\n\n${blocks.join('\n\n')}\n`,
    '\nAdd each one (as an alias of a registered body, or as a new entry), then run ingestion again.',
  );
}

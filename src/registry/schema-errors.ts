/** Turns a Zod error into one sentence naming the field: for registries, source metadata and ingestion's output alike. */
import type { z } from 'astro/zod';

/** "field `a.b`: message" for the first issue of a Zod error. */
export function formatSchemaIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const field = issue.path.length ? issue.path.join('.') : '(top level)';
  return `Field \`${field}\` is invalid: ${issue.message}.`;
}

/** getStaticPaths helpers: every route is generated for every script in src/i18n/scripts.ts. */
import { SCRIPT_IDS, type ScriptId } from '../i18n/scripts.ts';

/** One path per script, with extra params and props from `each`. */
export function perScript<P extends Record<string, string>, Q>(each: (script: ScriptId) => { params: P; props: Q }[]) {
  return SCRIPT_IDS.flatMap((script) => each(script).map(({ params, props }) => ({ params: { script, ...params }, props: { script, ...props } })));
}

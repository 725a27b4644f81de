/** `npm run lock-urls`: adds the URLs of the last build (dist/) to urls.lock, never removing any. */
import { updateLock } from '../src/integrations/url-lock.ts';

const count = await updateLock('urls.lock', 'dist');
console.log(`urls.lock now lists ${count} URLs.`);

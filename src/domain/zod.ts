/**
 * Zod, configured once for every schema in the domain. The site's Content-Security-Policy forbids eval;
 * without `jitless`, zod probes `new Function` when it builds an object schema, and the browser reports
 * each probe as a CSP violation. Import `z` from here, never from 'zod' directly.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };

/** The schema of a UI strings file (content/ui/<lang>.yaml), apart from the lookup so browser code need not load zod. */
import { z } from '../zod.ts';

export const uiFileSchema = z.strictObject({
  /** BCP 47 language tag of the file. */
  lang: z.string().min(2),
  /** Key → text. `{name}` marks a value filled in at run time. */
  strings: z.record(z.string().regex(/^[a-z0-9.-]+$/), z.string().min(1)),
});

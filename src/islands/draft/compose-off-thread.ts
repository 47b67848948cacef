/**
 * Composes the draft in a worker, off the page's thread. Composing is the page's longest piece of work
 * (on a phone, a first draft takes some 80 ms of script that has never run before): in a worker, the page
 * draws its controls and answers a key meanwhile. The worker reads the same content file the page did
 * (its address carries the content's version) and gets the answers and the choices from the page.
 *
 * Nothing depends on the worker: where one cannot start, fails or does not answer within a few seconds,
 * the draft is composed on the page, as it was before (the `fallback` given, which may load the composer).
 */
import type { Answers } from '../../domain/answers/schema.ts';
import type { ComposeOptions } from '../../domain/mandate/compose.ts';
import type { MandateDocument } from '../../domain/mandate/document.ts';
import type { Knowledge } from '../../domain/knowledge/schema.ts';
import type { MandateContent } from '../../domain/mandate/schema.ts';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';
import type { SupportContent } from '../../domain/support/schema.ts';
import type { UiStrings } from '../../domain/ui/strings.ts';

/** A language's draft content file (content-io/draft.ts). */
export interface DraftContent {
  questionnaire: Questionnaire;
  knowledge: Knowledge;
  mandate: MandateContent;
  support: SupportContent;
  ui: UiStrings;
}
/** The options the page chooses; the worker adds the content's words (`ui`). */
export type Choices = Omit<ComposeOptions, 'ui'>;
export interface ComposeRequest {
  id: number;
  url: string;
  answers: Answers;
  options: Choices;
}
export type ComposeReply = { id: number; doc: MandateDocument } | { id: number; error: string };

/** How long a draft may take in the worker before the page composes it itself. */
const PATIENCE_MS = 5000;

let worker: Worker | null | undefined;
let next = 0;
const waiting = new Map<number, (doc: MandateDocument | null) => void>();

function start(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./compose.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ComposeReply>) => {
      const done = waiting.get(e.data.id);
      waiting.delete(e.data.id);
      done?.('doc' in e.data ? e.data.doc : null);
    };
    // The worker's script could not load (offline without it, say): every draft is composed on the page.
    worker.onerror = () => {
      worker?.terminate();
      worker = null;
      for (const done of waiting.values()) done(null);
      waiting.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** The draft composed in the worker from the content at `url`, or by `fallback` on the page if the worker cannot. */
export function composeOffThread(url: string, answers: Answers, options: Choices, fallback: () => MandateDocument | Promise<MandateDocument>): Promise<MandateDocument> {
  const w = start();
  if (!w) return Promise.resolve(fallback());
  const id = next++;
  return new Promise<MandateDocument | null>((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      resolve(null);
    }, PATIENCE_MS);
    waiting.set(id, (doc) => {
      clearTimeout(timer);
      resolve(doc);
    });
    w.postMessage({ id, url, answers, options } satisfies ComposeRequest);
  }).then((doc) => doc ?? fallback());
}

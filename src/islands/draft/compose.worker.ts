/// <reference lib="webworker" />
// See compose-off-thread.ts: composes a draft from a language's content file (fetched once per address,
// from the browser's cache or the offline copy, as the page fetched it) and answers sent by the page.
import { compose, type ComposeOptions } from '../../domain/mandate/compose.ts';
import { fetchJson } from '../shared/fetch-json.ts';
import type { ComposeRequest, ComposeReply, DraftContent } from './compose-off-thread.ts';

const contents = new Map<string, Promise<DraftContent>>();
const contentAt = (url: string) => {
  let c = contents.get(url);
  if (!c) {
    c = fetchJson<DraftContent>(url);
    // A failed fetch is tried again on the next request.
    c.catch(() => contents.delete(url));
    contents.set(url, c);
  }
  return c;
};

self.onmessage = async (e: MessageEvent<ComposeRequest>) => {
  const { id, url, answers, options } = e.data;
  let reply: ComposeReply;
  try {
    const c = await contentAt(url);
    const o: ComposeOptions = { ...options, ui: c.ui };
    reply = { id, doc: compose(c.questionnaire, answers, c.knowledge, c.mandate, o) };
  } catch (err) {
    reply = { id, error: String(err) };
  }
  self.postMessage(reply);
};

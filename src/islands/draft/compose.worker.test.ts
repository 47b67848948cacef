/**
 * The worker composes the same draft the page would, from the content file the page was built with,
 * fetches that file once per address, and answers a request it cannot compose with an error, not silence.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftContent } from '../../content-io/draft.ts';
import { compose } from '../../domain/mandate/compose.ts';
import { readFixture } from '../../../tests/fixtures/read.ts';
import type { ComposeReply, ComposeRequest } from './compose-off-thread.ts';

const es = JSON.parse(JSON.stringify(draftContent('es')));
const answers = readFixture('state-preparing-talks').answers;
const date = new Date('2026-12-01T00:00:00Z');

describe('the worker that composes the draft', () => {
  let replies: ComposeReply[];
  let fetched: string[];
  let ask: (r: ComposeRequest) => Promise<void>;
  beforeEach(async () => {
    vi.resetModules();
    replies = [];
    fetched = [];
    const self = { postMessage: (m: ComposeReply) => replies.push(m), onmessage: null as null | ((e: { data: ComposeRequest }) => Promise<void>) };
    vi.stubGlobal('self', self);
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return url.includes('missing') ? new Response('', { status: 404 }) : new Response(JSON.stringify(es));
    });
    await import('./compose.worker.ts');
    ask = (r) => self.onmessage!({ data: r });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('composes what the page would compose, in the content file\'s language, fetching the file once', async () => {
    await ask({ id: 1, url: '/es/draft/content.json?v=1', answers, options: { kind: 'brief', date, lang: 'es' } });
    await ask({ id: 2, url: '/es/draft/content.json?v=1', answers, options: { kind: 'instrument', date, lang: 'es' } });
    expect(fetched).toEqual(['/es/draft/content.json?v=1']);
    expect(replies.map((r) => r.id)).toEqual([1, 2]);
    const page = compose(es.questionnaire, answers, es.knowledge, es.mandate, { kind: 'instrument', date, lang: 'es', ui: es.ui });
    expect(replies[1]).toEqual({ id: 2, doc: page });
  });

  it('answers with an error when the content file cannot be fetched, and fetches it again next time', async () => {
    await ask({ id: 7, url: '/missing/content.json', answers, options: { kind: 'brief', date, lang: 'es' } });
    await ask({ id: 8, url: '/missing/content.json', answers, options: { kind: 'brief', date, lang: 'es' } });
    expect(replies).toEqual([
      { id: 7, error: expect.stringContaining('404') },
      { id: 8, error: expect.stringContaining('404') },
    ]);
    expect(fetched).toHaveLength(2);
  });
});

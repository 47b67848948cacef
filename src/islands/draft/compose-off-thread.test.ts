/**
 * Composing in a worker never leaves the page without its draft: each reply goes to the request it
 * answers, and where the worker cannot start, fails, cannot compose or does not answer in time, the page
 * composes the draft itself.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker, RefusedWorker } from '../../../tests/fixtures/fake-worker.ts';
import type { MandateDocument } from '../../domain/mandate/document.ts';
import type { ComposeRequest } from './compose-off-thread.ts';

const doc = (title: string) => ({ title }) as unknown as MandateDocument;
const onPage = vi.fn(() => doc('composed on the page'));
const choices = { kind: 'brief', date: new Date('2026-12-01T00:00:00Z'), lang: 'es' } as const;
const load = async () => (await import('./compose-off-thread.ts')).composeOffThread;
const outcome = async (p: Promise<MandateDocument>) => {
  let got: MandateDocument | undefined;
  void p.then((d) => (got = d));
  await vi.advanceTimersByTimeAsync(0);
  return got?.title;
};

describe('composing the draft off the page', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers();
    FakeWorker.made = [];
    onPage.mockClear();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('sends the content file, the answers and the choices to one worker, and each reply to its own request', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const compose = await load();
    const first = compose('/es/draft/content.json?v=1', { 'user-role': 'party' }, choices, onPage);
    const second = compose('/es/draft/content.json?v=1', { 'user-role': 'donor' }, { ...choices, kind: 'instrument' }, onPage);
    expect(FakeWorker.made).toHaveLength(1);
    const [a, b] = FakeWorker.made[0]!.posted as ComposeRequest[];
    expect(a).toMatchObject({ url: '/es/draft/content.json?v=1', answers: { 'user-role': 'party' }, options: choices });
    expect(b!.options.kind).toBe('instrument');
    FakeWorker.made[0]!.onmessage?.({ data: { id: b!.id, doc: doc('instrument') } });
    FakeWorker.made[0]!.onmessage?.({ data: { id: a!.id, doc: doc('brief') } });
    expect(await outcome(first)).toBe('brief');
    expect(await outcome(second)).toBe('instrument');
    expect(onPage).not.toHaveBeenCalled();
  });

  it('composes on the page where no worker can start', async () => {
    vi.stubGlobal('Worker', RefusedWorker);
    expect(await outcome((await load())('/draft/content.json', {}, choices, onPage))).toBe('composed on the page');
  });

  it("composes on the page when the worker's script fails to load, then and for every later draft", async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const compose = await load();
    const p = compose('/draft/content.json', {}, choices, onPage);
    FakeWorker.made[0]!.onerror?.(new Event('error'));
    expect(await outcome(p)).toBe('composed on the page');
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect(await outcome(compose('/draft/content.json', {}, choices, onPage))).toBe('composed on the page');
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('composes on the page when the worker could not (its content file did not arrive)', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const p = (await load())('/draft/content.json', {}, choices, onPage);
    FakeWorker.made[0]!.onmessage?.({ data: { id: (FakeWorker.made[0]!.posted[0] as ComposeRequest).id, error: 'TypeError: Failed to fetch' } });
    expect(await outcome(p)).toBe('composed on the page');
  });

  it('composes on the page after five seconds without an answer, and ignores a late one', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const p = (await load())('/draft/content.json', {}, choices, onPage);
    await vi.advanceTimersByTimeAsync(4999);
    expect(await outcome(p)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome(p)).toBe('composed on the page');
    FakeWorker.made[0]!.onmessage?.({ data: { id: (FakeWorker.made[0]!.posted[0] as ComposeRequest).id, doc: doc('late') } });
    expect(onPage).toHaveBeenCalledTimes(1);
  });
});

/**
 * Warming the locale data is never something a page waits on for long: the promise settles when the
 * worker answers, when it fails, when it cannot start, and after a second at the latest.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker, RefusedWorker } from '../../../tests/fixtures/fake-worker.ts';

const load = async () => (await import('./intl-warm.ts')).warmIntl;
const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

describe('warming the locale data in a worker', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers();
    FakeWorker.made = [];
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('asks one worker for the page\'s locale, settles when it answers, and ends it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const warmIntl = await load();
    const p = warmIntl('es');
    expect(warmIntl('es')).toBe(p);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.posted).toEqual(['es']);
    expect(await settled(p)).toBe(false);
    FakeWorker.made[0]!.onmessage?.({ data: 0 });
    expect(await settled(p)).toBe(true);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it('settles when the worker fails to load', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const p = (await load())('fr');
    FakeWorker.made[0]!.onerror?.(new Event('error'));
    expect(await settled(p)).toBe(true);
  });

  it('settles at once where no worker can start', async () => {
    vi.stubGlobal('Worker', RefusedWorker);
    expect(await settled((await load())('en-GB'))).toBe(true);
  });

  it('settles after a second when the worker never answers', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const p = (await load())('en-GB');
    await vi.advanceTimersByTimeAsync(999);
    expect(await settled(p)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(p)).toBe(true);
  });
});

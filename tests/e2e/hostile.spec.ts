/**
 * The hostile answers files at the site's two file openers: the questionnaire's "Load answers from a
 * file" (with answers of the user's own on the device) and the draft page's (with none). A refused file
 * says why in plain words and changes nothing on the device; an accepted one loads. A representative
 * subset (`browser: true` in tests/fixtures/hostile/expected.json, and two of the big ones) keeps CI
 * time reasonable; every file goes through the readers and the command line in tests/hostile/.
 */
import { test, expect, readFixture } from './helpers.ts';
import { hostileFiles, type HostileFile } from '../fixtures/hostile/big.ts';

const files = hostileFiles().filter((f) => f.browser);
const own = { ...readFixture('unarmed-party-stalled'), at: 'check' };

/** The words each refusal must use. */
const says: Record<string, RegExp> = {
  'too-large': /is larger than 1 MB/,
  'not-text': /it is not text \(neither UTF-8 nor UTF-16\)/,
  'not-json': /it is not readable JSON/,
  'not-answers': /is JSON but not an answers file/,
  'newer-version': /was made by a newer version of this tool/,
  'unknown-version': /"schemaVersion" is .*this tool reads answers versions 1 and 2/,
  invalid: /has answers this tool cannot use/,
  'no-answers': /holds no answers, so there is nothing to load/,
};

const payload = (f: HostileFile) => ({ name: f.file, mimeType: 'application/json', buffer: Buffer.from(f.bytes) });
const survivors = (f: HostileFile) => (f.expect === 'accepted' && f.base ? { ...readFixture(f.base).answers, ...f.answers } : (f as { answers: Record<string, unknown> }).answers);

test.describe('hostile answers files at the site’s file openers', () => {
  test('the browser subset has at least 20 files, refused and accepted', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(files.some((f) => f.expect === 'refused') && files.some((f) => f.expect !== 'refused')).toBe(true);
  });

  for (const f of files) {
    const verdict = f.expect === 'refused' ? `refused (${f.reason}), the answers on the device untouched` : 'loaded';
    test(`${f.file} (${f.what}) is ${verdict} by the questionnaire and the draft page`, async ({ page }) => {
      page.on('dialog', (d) => {
        throw new Error(`a dialog opened: ${d.message()}`);
      });
      // The questionnaire, holding answers of the user's own.
      await page.goto('/questionnaire/');
      await page.evaluate((a) => localStorage.setItem('psmd.answers', JSON.stringify(a)), own);
      await page.goto('/questionnaire/?continue');
      await expect(page.locator('main h1')).toHaveText('Check your answers');
      const before = await page.evaluate(() => localStorage.getItem('psmd.answers'));
      await page.getByLabel('Load answers from a file').setInputFiles(payload(f));
      if (f.expect === 'refused') {
        const alert = page.locator('.error-summary');
        await expect(alert).toBeFocused();
        await expect(alert).toContainText('The file could not be loaded');
        await expect(alert).toContainText(says[f.reason]!);
        await expect(alert).toContainText('Your current answers have not changed.');
        expect(await page.evaluate(() => localStorage.getItem('psmd.answers'))).toBe(before);
        await expect(page.locator('main')).toContainText(own.answers['party-name'] as string);
      } else {
        await expect(page.locator('.notification')).toContainText(`Answers loaded from ${f.file}`);
        const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('psmd.answers') ?? '{}'));
        expect(saved.answers).toEqual(survivors(f));
        const name = survivors(f)['secretariat-name'];
        if (typeof name === 'string' && (await page.locator('main h1').textContent()) === 'Check your answers') await expect(page.locator('main')).toContainText(name);
      }

      // The draft page, with nothing on the device: its opener is the way in.
      await page.evaluate(() => localStorage.clear());
      await page.goto('/draft/');
      await page.getByLabel('Load answers from a file').setInputFiles(payload(f));
      if (f.expect === 'refused') {
        await expect(page.locator('.error-summary')).toContainText(says[f.reason]!);
        expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
      } else {
        if (f.expect === 'accepted') {
          await expect(page.locator('.notification')).toContainText(`Answers loaded from ${f.file}`);
          await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
        } else await expect(page.locator('.warning')).toContainText(/required answers? (is|are) missing/);
        const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('psmd.answers') ?? '{}'));
        expect(saved.answers).toEqual(survivors(f));
      }
    });
  }
});

/**
 * The short path for a two-hour workshop session: started from a scenario's page, it walks the scenario's
 * decided context (shown, not asked), the core and the scenario's key questions, then check-answers counts
 * what it left for later and offers the rest.
 */
import { test, expect, expectNoAxeViolations, readFixture, completeWithKeyboard } from './helpers.ts';
import { loadSiteContent } from '../../src/content-io/site.ts';
import type { Answers } from '../../src/domain/answers/schema.ts';
import { leftForLater } from '../../src/domain/scenarios/short-path.ts';

const { questionnaire, shortPaths } = loadSiteContent();

test.describe("a workshop's short path", () => {
  test('started from the scenario, it takes 20 pages to check-answers, which says how many were left for later and offers the rest, also after a reload', async ({ page }) => {
    const { answers } = readFixture('scenario-taliban-doha-2013');
    await page.goto('/workshops/taliban-doha-2013/');
    await expect(page.locator('#start-scenario')).toContainText('The short path asks at most 20 questions');
    await page.getByRole('button', { name: 'Start the short path for a two-hour session' }).click();
    await expect(page).toHaveURL(/\/questionnaire\/$/);
    const asked = await completeWithKeyboard(page, answers as Record<string, unknown>);
    expect(asked.length).toBe(20);
    // The terms with the host are on the short path; they are asked on the host state's page.
    expect(asked).toEqual(expect.arrayContaining(['party-name', 'first-address', 'host-state', 'symbols', 'propaganda-safeguard', 'archive-custody']));
    for (const id of ['secretariat-name', 'purpose', 'safe-passage', 'staff-size', 'sunset']) expect(asked, id).not.toContain(id);

    const note = page.getByRole('note').filter({ hasText: 'You took the short path for a two-hour session' });
    // As many as the domain counts on the answers saved: those that apply, off the path and unanswered.
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('psmd.answers')))!) as { answers: Answers };
    const left = leftForLater(questionnaire, saved.answers, shortPaths['taliban-doha-2013']!).length;
    expect(left).toBeGreaterThan(20);
    await expect(note).toContainText(`${left} questions were left for later`);
    // Left for later on purpose, the required ones are not listed as missing.
    await expect(page.getByText(/required answers? (is|are) missing/)).toHaveCount(0);
    await expectNoAxeViolations(page, 'check-answers after the short path');

    // The path is saved with the position: after a reload, it is still the short one.
    await page.reload();
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    await expect(note).toContainText(`${left} questions were left for later`);

    await page.getByRole('button', { name: 'Answer the remaining questions' }).click();
    await expect(page.locator('main h1')).toBeFocused();
    await expect(page.locator('main form [name]').first()).toHaveAttribute('name', 'secretariat-name');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('psmd.answers')!).path)).toBe('rest');
    // The rest: only what is unanswered, then check-answers with nothing left for later.
    const rest = await completeWithKeyboard(page, answers as Record<string, unknown>);
    for (const id of asked) expect(rest, id).not.toContain(id);
    expect(rest).toEqual(expect.arrayContaining(['secretariat-name', 'staff-size', 'sunset']));
    // Safe passage was asked on the first address's page, which the short path asked whole.
    expect(rest).not.toContain('safe-passage');
    await expect(page.getByText('You took the short path for a two-hour session')).toHaveCount(0);
  });

  test("the run sheet's timings are for the scenario's short path, and link to its start", async ({ page }) => {
    await page.goto('/workshops/taliban-doha-2013/run-sheet/');
    await expect(page.getByText('The short path for this scenario asks at most 20 questions in 50 minutes, about 2.5 minutes a question')).toBeVisible();
    await expect(page.getByText("This scenario's key questions: First official address, Terms with the host state, Name and symbols, Keeping expertise.")).toBeVisible();
    await page.getByRole('link', { name: 'Start this scenario on the short path' }).click();
    await expect(page.getByRole('button', { name: 'Start the short path for a two-hour session' })).toBeVisible();
  });

  test('the draft composes from the short path, the questions left for later standing as open decisions', async ({ page }) => {
    const file = readFixture('scenario-taliban-doha-2013');
    // The answers the short path asked for (its questions, from the context shown to the archives).
    const asked = ['user-role', 'party-name', 'party-type', 'phase', 'structure', 'counterparts', 'legal-basis', 'tasks', 'first-address', 'reporting-line', 'location', 'host-terms', 'symbols', 'staff-continuity', 'feedback-clause', 'women-participation', 'stall-mandate', 'propaganda-safeguard', 'records', 'archive-custody'];
    const answers = Object.fromEntries(Object.entries(file.answers).filter(([k]) => asked.includes(k)));
    await page.goto('/draft/');
    await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), { ...file, at: 'check', path: 'short', answers });
    await page.reload();
    await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
    await expect(page.getByText(/required answers? (is|are) missing/)).toHaveCount(0);
    // A decision left for later stands in the instrument as an open choice, in brackets.
    await expect(page.locator('.mandate')).toContainText('[');
  });
});

/**
 * The donor's desk and the picture of where the secretariat sits: a donor enters a plan and a budget on
 * the draft page and gets them back, with the totals, from the PDF and the CSV; the picture names the
 * bodies the answers mention on check-your-answers, on the draft page and in the brief's PDF.
 */
import { type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, readFixture } from './helpers.ts';
import { fold, readPdf } from '../pdf/read.ts';
import { paragraphs, unzipDocx } from '../docx/read.ts';

async function seed(page: Page, name: string, at?: string) {
  const file = readFixture(name);
  await page.goto('/draft/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), at ? { ...file, at } : file);
  await page.reload();
  return file;
}

async function downloadAs(page: Page, button: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

test.describe("the donor's scope", () => {
  test('a donor fills the plan and budget, is told about a figure that is not a number, and reads the table and totals back from the PDF, the CSV and Word', async ({ page }) => {
    // One journey with two axe runs and four downloads: on this shared 2-core machine it can pass a minute.
    test.slow();
    await seed(page, 'donor-armed-group');
    const panel = page.getByRole('region', { name: 'Your support plan and budget' });
    await expect(panel).toBeVisible();
    await expectNoAxeViolations(page, "the draft page with the donor's form");

    await panel.getByLabel('Currency').fill('EUR');
    await panel.getByLabel('Name of phase 1').fill('Set-up');
    await panel.getByLabel('Months in phase 1').fill('6');
    await panel.getByRole('button', { name: 'Add a phase' }).click();
    // Focus moves to the new phase's name.
    await expect(page.locator(':focus')).toHaveAttribute('id', 'donor-phase-1-name');
    await page.keyboard.insertText('=Talks, round 2');
    await panel.getByLabel('Months in phase 2').fill('12');
    await panel.getByLabel('A grant').check();
    await panel.getByLabel('Staff in staff-months, Set-up').fill('24');
    await panel.getByLabel('Staff, amount, Set-up').fill('60,000');
    await panel.getByLabel('Staff, amount, =Talks, round 2').fill('90000.50');
    await panel.getByLabel('Training, amount, =Talks, round 2').fill('twelve');
    await panel.getByLabel('Exit').fill('Support ends six months after an agreement.');

    // A figure that is not a number: the downloads wait, the summary says which cell, and nothing typed is lost.
    await panel.getByRole('button', { name: 'Download the budget (CSV)' }).click();
    const summary = panel.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Training, amount, =Talks, round 2: Enter a number');
    await summary.getByRole('link').click();
    await expect(panel.getByLabel('Training, amount, =Talks, round 2')).toBeFocused();
    await expect(panel.getByLabel('Training, amount, =Talks, round 2')).toHaveValue('twelve');
    await expectNoAxeViolations(page, "the donor's form with an error");
    await panel.getByLabel('Training, amount, =Talks, round 2').fill('1,200');
    await expect(summary).toHaveCount(0);

    // The totals on the page, computed from what was entered.
    await expect(panel.locator('[data-total="staff-amount"]')).toHaveText('150,000.50');
    await expect(panel.locator('[data-total="all"]')).toHaveText('151,200.50');
    await expect(panel.locator('[data-total="equipment-amount"]')).toHaveText('');

    const csv = await downloadAs(page, 'Download the budget (CSV)');
    expect(csv.name).toMatch(/-support-scope-budget\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe("Category,Unit,Set-up – units,Set-up – amount (EUR),\"'=Talks, round 2 – units\",\"'=Talks, round 2 – amount (EUR)\",Total – units,Total – amount (EUR)");
    expect(lines[1]).toBe('Staff,staff-months,24,60000,,90000.50,24,150000.50');
    expect(lines[2]).toBe('Training,training days,,,,1200,,1200');
    expect(lines[6]).toBe('Total,,,60000,,91200.50,,151200.50');

    const pdf = await downloadAs(page, 'Download the support scope (PDF)');
    expect(pdf.name).toMatch(/-support-scope-a4\.pdf$/);
    const text = fold((await readPdf(pdf.bytes)).all);
    for (const s of ['Budget by category and phase', 'Staff (staff-months)', 'Staff: amount', '60,000', '90,000.50', '150,000.50', '1,200', 'Total amount', '151,200.50', '=Talks, round 2', 'Set-up: 6 months', 'Duration: 18 months in all.', 'A grant', 'Support ends six months after an agreement.', 'Amounts in EUR.'])
      expect(text, s).toContain(s);
    // The scope stands alone: no clause of the instrument in it.
    expect(text).not.toMatch(/Article 1\b/);

    const word = await downloadAs(page, 'Download the support scope (Word)');
    const parts = unzipDocx(word.bytes);
    const cells = paragraphs(parts['word/document.xml']!).map((p) => p.text);
    for (const s of ['Staff: amount', '150,000.50', '151,200.50']) expect(cells).toContain(s);

    // Kept in this browser: the entries are there after a reload, and go with "Delete my answers".
    await page.reload();
    await expect(panel.getByLabel('Staff, amount, Set-up')).toHaveValue('60,000');
    expect(await page.evaluate(() => localStorage.getItem('psmd.donor-scope'))).toContain('60,000');
    await page.getByRole('button', { name: 'Delete my answers from this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete my answers' }).click();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });

  test('a donor saves the plan to a file of its own and opens it again; an answers file is refused and changes nothing', async ({ page }) => {
    await seed(page, 'donor-armed-group');
    const panel = page.getByRole('region', { name: 'Your support plan and budget' });
    await panel.getByLabel('Currency').fill('USD');
    await panel.getByLabel(/^Advisers, amount, /).fill('45,000');
    const plan = await downloadAs(page, 'Save your plan to a file');
    expect(plan.name).toMatch(/-support-scope-plan\.json$/);
    expect(JSON.parse(plan.bytes.toString('utf8')).format).toBe('peace-secretariat-donor-scope');

    await page.evaluate(() => localStorage.removeItem('psmd.donor-scope'));
    await page.reload();
    await expect(panel.getByLabel(/^Advisers, amount, /)).toHaveValue('');
    // An answers file is not a plan: the page says so, focuses the message, and the form keeps what it holds.
    await panel.getByLabel('Currency').fill('GBP');
    await panel.getByLabel('Open a saved plan').setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(readFixture('donor-armed-group'))) });
    await expect(panel.getByRole('alert')).toBeFocused();
    await expect(panel.getByRole('alert')).toContainText('The file is not a plan saved from this page.');
    await expect(panel.getByLabel('Currency')).toHaveValue('GBP');
    await expectNoAxeViolations(page, 'a refused plan file');
    await panel.getByLabel('Open a saved plan').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: plan.bytes });
    await expect(panel.getByRole('status')).toContainText('plan.json');
    await expect(panel.getByLabel('Currency')).toHaveValue('USD');
    await expect(panel.getByLabel(/^Advisers, amount, /)).toHaveValue('45,000');
    await expect(panel.locator('[data-total="all"]')).toHaveText('45,000');
  });

  test('a damaged saved budget starts an empty form instead of breaking the page', async ({ page }) => {
    await page.goto('/draft/');
    await page.evaluate(() => localStorage.setItem('psmd.donor-scope', '{"phases": 7, "cells": "x"'));
    await seed(page, 'donor-armed-group');
    await expect(page.getByLabel('Staff, amount, Before formal talks, exploring whether dialogue is possible')).toHaveValue('');
  });

  test('a party that is not a donor sees no budget form', async ({ page }) => {
    await seed(page, 'state-preparing-talks');
    await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Your support plan and budget' })).toHaveCount(0);
  });
});

test.describe('where the secretariat sits', () => {
  test('check-your-answers draws the bodies the answers mention, with a list in words, and passes axe', async ({ page }) => {
    await seed(page, 'armed-group-abroad-discreet', 'check');
    await page.goto('/questionnaire/?continue');
    const figure = page.getByRole('figure', { name: 'Where the secretariat sits' });
    await expect(figure).toBeVisible();
    await expect(figure.getByRole('img', { name: 'Where the secretariat sits' })).toBeVisible();
    const listed = await figure.locator('.picture-list li').allTextContents();
    expect(listed.length).toBeGreaterThan(1);
    // Each body named in the list is drawn too.
    // (The drawing's lines are separate text elements: compare without spaces.)
    const bare = (s: string) => s.replace(/\s+/g, '');
    const drawn = bare((await figure.locator('svg').textContent()) ?? '');
    for (const line of listed) expect(drawn).toContain(bare(line.split(':')[0]!));
    await expectNoAxeViolations(page, 'check-your-answers with the picture');
  });

  test('the draft shows the picture in the brief, and the brief PDF carries its labels', async ({ page }) => {
    await seed(page, 'state-leader-office-donor');
    const figure = page.locator('.mandate').getByRole('figure', { name: 'Where the secretariat sits' });
    await expect(figure).toBeVisible();
    const listed = await figure.locator('.picture-list li').allTextContents();
    expect(listed.map((l) => l.split(':')[0])).toEqual(['The head of government', 'The negotiating team', 'The other party', 'Mediator or facilitator', 'Civil society', 'Donors']);
    await expectNoAxeViolations(page, 'the draft with the picture');
    const pdf = await downloadAs(page, 'Download PDF');
    const first = fold((await readPdf(pdf.bytes)).pages.slice(0, 3).join(' '));
    for (const label of ['Where the secretariat sits', 'Peace Coordination Office', 'The head of government', 'Civil society', 'Donors', 'reports to', 'regular consultation']) expect(first, label).toContain(label);
  });
});

test('a donor on the Spanish page types figures as Spanish writes them, and the totals come back the same way', async ({ page }) => {
  const { loadSiteContent } = await import('../../src/content-io/site.ts');
  const { t } = await import('../../src/domain/ui/strings.ts');
  const { ui } = loadSiteContent(process.cwd(), 'es');
  await page.goto('/es/draft/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), readFixture('donor-armed-group'));
  await page.reload();
  const panel = page.getByRole('region', { name: t(ui, 'donor.title') });
  // The amount cells, named "{category}, importe, {phase}".
  const amounts = panel.locator('input[aria-label*=", importe, "]');
  await expect(amounts.first()).toBeVisible();
  await amounts.nth(0).fill('12.000,50');
  await amounts.nth(1).fill('1.000');
  await expect(panel.locator('[data-total="all"]')).toHaveText('13.000,50');
  // "1,234" could be English thousands or a Spanish decimal with a digit too many: refused, never guessed.
  await amounts.nth(1).fill('1,234');
  await expect(panel.locator('[data-total="all"]')).toHaveText('12.000,50');
});

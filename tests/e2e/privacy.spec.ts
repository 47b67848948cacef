import { test, expect, completeWithKeyboard, readFixture } from './helpers.ts';

test.describe('privacy', () => {
  test('a full journey requests nothing outside the site, sets no cookie, and stores only the answers key', async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const { answers } = readFixture('armed-group-pre-formal');
    await page.goto('/');
    await page.getByRole('link', { name: 'Start now' }).click();
    await completeWithKeyboard(page, answers);
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['psmd.answers']);
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
  });

  test('every page carries a Content-Security-Policy that allows only the site itself', async ({ page }) => {
    for (const path of ['/', '/questionnaire/']) {
      await page.goto(path);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("connect-src 'self'");
      expect(csp, path).not.toMatch(/https?:\/\//);
    }
  });

  test('deleting answers removes them from the device', async ({ page }) => {
    const { answers } = readFixture('state-preparing-talks');
    await page.goto('/questionnaire/');
    await completeWithKeyboard(page, answers);
    expect(await page.evaluate(() => localStorage.getItem('psmd.answers'))).not.toBeNull();
    // Focus moves to the question that replaces the button, and back to the button on Cancel.
    await page.getByRole('button', { name: 'Delete my answers from this device' }).click();
    await expect(page.locator(':focus')).toContainText('This deletes every answer saved in this browser');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('button', { name: 'Delete my answers from this device' })).toBeFocused();
    await page.getByRole('button', { name: 'Delete my answers from this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete my answers' }).click();
    await expect(page.locator('.notification')).toContainText('deleted');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await page.reload();
    await expect(page.locator('[name="user-role"]').first()).toBeVisible();
  });
});

test('pages with saved answers break no rule of the Content-Security-Policy (no eval, no inline code)', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`),
    );
  });
  await page.goto('/draft/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), { ...readFixture('scenario-taliban-doha-2013'), at: 'check' });
  for (const path of ['/questionnaire/?continue', '/draft/', '/workshops/taliban-doha-2013/compare/', '/workshops/taliban-doha-2013/']) {
    await page.goto(path);
    await expect(page.locator('main h1').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), path).toEqual([]);
  }
});

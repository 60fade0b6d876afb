// What the Knowledge area's browser tests share: Chromium, pages that
// collect script errors, the axe audit, the 24-pixel target check and
// signing in to the console.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';

export async function kit(base, password) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const problems = [];
  const audited = [];
  return {
    browser, problems, audited,
    async newPage(locale) {
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      page.on('pageerror', e => problems.push('page error: ' + e.message));
      // The first /me answers 401 before signing in, and a refused save
      // 409 or 422: expected, so resource errors are not counted.
      page.on('console', m => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push('console: ' + m.text()); });
      return page;
    },
    async audit(page, screen) {
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      const found = r.violations.map(v => `${screen}: ${v.id} (${v.nodes.length}) ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(found, [], 'axe found accessibility problems');
      audited.push(screen);
    },
    // Signs in by the fields' ids: the sign-in page speaks the browser's language.
    async signIn(page, user, hash) {
      await page.goto(base + '/console/');
      await page.locator('#username').fill(user);
      await page.locator('#password').fill(password);
      await page.locator('form button[type=submit]').click();
      await page.locator('#nav a').first().waitFor();
      if (hash) await page.goto(base + '/console/' + hash);
    },
  };
}

// WCAG 2.5.8: at least 24 by 24 CSS pixels.
export async function bigEnough(locator, what) {
  const n = await locator.count();
  assert.ok(n > 0, what);
  for (let i = 0; i < n; i++) {
    const b = await locator.nth(i).boundingBox();
    assert.ok(b && b.width >= 24 && b.height >= 24, `${what} ${i}: ${JSON.stringify(b)}`);
  }
}

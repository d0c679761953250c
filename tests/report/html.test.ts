/** The HTML report opened in headless Chromium: renders without console errors, shows the data, escapes case text. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemTool } from '../helpers/system-tools.js';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { fixtureReport } from './fixture.js';
import { tmpDir } from '../helpers/cli.js';

const browser0 = systemTool('chromium', { what: 'html report in Chromium', install: 'apt-get install chromium' });
const CHROMIUM = browser0.path ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

describe.skipIf(!browser0.available)('html report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens offline, without console errors or requests, and shows the report', async () => {
    const [html] = await fixtureReport(['html']);
    const dir = tmpDir();
    const file = path.join(dir, 'report.html');
    writeFileSync(file, html!.data);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => !r.url().startsWith('file:') && requests.push(r.url()));
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    await page.goto(`file://${file}`);
    const shot = path.join(dir, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(dialog).toBe(false);
    expect(existsSync(shot)).toBe(true);

    const text = await page.innerText('body');
    expect(text).toContain('安全生产行政执法案卷评查报告');
    expect(text).toContain('一、总体情况');
    expect(text).toContain('本次抽取案卷 8 件，评查 8 件');
    expect(text).toContain('（赣）应急罚〔2025〕1号');
    expect(text).toContain('赣州应急罚〔2025〕5号');
    expect(text).toContain('随机种子');
    // hostile case text is shown as text, not executed or parsed as markup
    expect(text).toContain("<script>alert('x')</script>");
    expect(await page.locator('main script').count()).toBe(0);
    // three charts: grades, scores by unit, frequent problems
    expect(await page.locator('svg').count()).toBe(3);
    expect(await page.locator('svg[aria-label="各单位平均分"] rect').count()).toBe(3);
    await page.close();
  });
});

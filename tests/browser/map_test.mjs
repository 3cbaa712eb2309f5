// End-to-end test of the HTML map in a real browser: headless Chromium (Debian's
// /usr/bin/chromium) driven by playwright-core. Run by tests/cli/browser_map.sh:
//   node map_test.mjs PLAYWRIGHT_CORE_DIR SEED_PAGE HOSTILE_PAGE SCREENSHOT
// Checks: the page draws from file:// with no request leaving the machine and no
// script error; clicking a tree node, a finding and a fact highlights their
// sentences; clicking a sentence highlights what refers to it; the type filter dims;
// the CSP blocks fetch(); a document holding </script> and <b> shows them as text.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [pwDir, seedPage, hostilePage, screenshot] = process.argv.slice(2);
if (!screenshot) {
  console.error('usage: node map_test.mjs PLAYWRIGHT_CORE_DIR SEED_PAGE HOSTILE_PAGE SCREENSHOT');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(pwDir), 'package.json'));
const { chromium } = require('playwright-core');

let passed = 0, failed = 0;
function check(ok, what) {
  if (ok) { passed++; console.log('ok    ' + what); }
  else { failed++; console.log('FAIL  ' + what); }
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1366, height: 768 },
  timeout: 60000,
});
const outside = [], errors = [];
context.on('request', (r) => {
  const url = r.url();
  if (!url.startsWith('file:') && !url.startsWith('data:')) outside.push(url);
});

try {
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(15000);
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' && !/Content Security Policy/.test(m.text())) errors.push(m.text()); });

  await page.goto(pathToFileURL(path.resolve(seedPage)).href);
  await page.waitForSelector('html[data-ready="1"]');
  check(await page.locator('article .s').count() > 10, 'the article is drawn sentence by sentence');
  check(await page.locator('#tree [data-node]').count() > 1, 'the argument tree is drawn');
  check(await page.locator('#facts li').count() > 1, 'the facts are listed');
  check(await page.locator('#findings li').count() > 1, 'the findings are listed');
  check(await page.locator('.legend').count() === 1, 'there is a legend');

  // A tree node: the thesis. Its sentences come from the page, not from this test.
  const thesis = page.locator('#tree [data-node]').first();
  const thesisSentences = (await thesis.getAttribute('data-sentences')).split(' ');
  await thesis.click();
  for (const id of thesisSentences)
    check(await page.locator('#sent-' + id).evaluate((e) => e.classList.contains('hl')), `clicking the thesis node highlights ${id}`);
  check(await page.locator('article .s.hl').count() === thesisSentences.length, 'only the thesis sentences are highlighted');

  // A deeper node: highlighting moves to its sentences.
  const child = page.locator('#tree ul ul [data-node]').first();
  const childSentences = (await child.getAttribute('data-sentences')).split(' ');
  await child.click();
  check(await page.locator('#sent-' + childSentences[0]).evaluate((e) => e.classList.contains('hl')), `clicking a sub-node highlights ${childSentences[0]}`);
  check(await page.locator('#sent-' + thesisSentences[0]).evaluate((e) => !e.classList.contains('hl')), 'the thesis is no longer highlighted');

  // A finding: the repeated passage points at two sentences.
  const repeat = page.locator('#findings li[data-kind="repeated_passage"]').first();
  const repeatSentences = (await repeat.getAttribute('data-sentences')).split(' ');
  await repeat.click();
  check(repeatSentences.length >= 2, 'a repeated passage names at least two sentences');
  check(await page.locator('article .s.hl').count() === repeatSentences.length, 'clicking a finding highlights all its sentences');

  // A fact.
  const fact = page.locator('#facts li').first();
  const factSentence = (await fact.getAttribute('data-sentences')).split(' ')[0];
  await fact.click();
  check(await page.locator('#sent-' + factSentence).evaluate((e) => e.classList.contains('hl')), 'clicking a fact highlights its sentence');

  // The reverse: a sentence highlights the tree node that holds it.
  await page.locator('#sent-' + thesisSentences[0]).click();
  check(await thesis.evaluate((e) => e.classList.contains('hl')), 'clicking the thesis sentence highlights its tree node');

  // Filters by type.
  await page.locator('#filter-claim').uncheck();
  const dimmed = await page.locator('article .s.t-claim.dim').count();
  check(dimmed > 0 && dimmed === await page.locator('article .s.t-claim').count(), 'unticking claim dims every claim');
  check(await page.locator('article .s.t-report.dim').count() === 0, 'reports stay visible');
  await page.locator('#filter-claim').check();

  // No network: the CSP refuses a fetch.
  const fetched = await page.evaluate(() => fetch('http://127.0.0.1:9/').then(() => 'sent', () => 'blocked'));
  check(fetched === 'blocked', 'the Content-Security-Policy blocks fetch()');

  await page.locator('#tree [data-node]').first().click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshot });
  check(fs.statSync(screenshot).size > 10000, 'screenshot saved to ' + screenshot);

  // A hostile document: its markup stays text.
  await page.goto(pathToFileURL(path.resolve(hostilePage)).href);
  await page.waitForSelector('html[data-ready="1"]');
  check(await page.locator('b, img, iframe').count() === 0, 'no element comes from the document text');
  check(await page.locator('script').count() === 2, 'the page has only its own two scripts');
  const text = await page.locator('article').innerText();
  check(text.includes('</script>') && text.includes('<b>'), 'the text shows </script> and <b> literally');

  check(outside.length === 0, 'no request left the machine' + (outside.length ? ': ' + outside.join(', ') : ''));
  check(errors.length === 0, 'no script errors' + (errors.length ? ': ' + errors.join(' | ') : ''));
} catch (e) {
  check(false, 'the test ran to the end: ' + e.message);
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

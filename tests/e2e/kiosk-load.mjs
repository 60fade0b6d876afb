// How heavy and how fast the kiosk's first screen is on weak hardware:
// bytes transferred (compressed, as Chromium asks for them) until the
// language screen can be touched, and the time to that point with the CPU
// slowed 4×. Run by `cargo bench --bench kiosk`, which starts the service.
// Usage: node kiosk-load.mjs BASE_URL KIOSK_TOKEN RUNS
import { chromium } from 'playwright-core';

const [base, token, runs = '5'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = [], firstBytes = [], allBytes = [];
try {
  for (let i = 0; i < Number(runs); i++) {
    // A fresh context each time: nothing cached, like a kiosk after a restart.
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    let bytes = 0;
    cdp.on('Network.loadingFinished', e => { bytes += e.encodedDataLength; });
    await page.goto(base + '/kiosk/#token=' + token);
    await page.waitForFunction(() => performance.getEntriesByName('kiosk-interactive').length > 0);
    firstBytes.push(bytes);
    times.push(await page.evaluate(() => performance.getEntriesByName('kiosk-interactive')[0].startTime));
    await page.waitForLoadState('networkidle');
    allBytes.push(bytes);
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`first screen, ${runs} cold loads, CPU throttled 4x:`);
console.log(`  interactive after: median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}); target < 1000 ms`);
console.log(`  transferred until interactive: ${(median(firstBytes) / 1024).toFixed(1)} KiB; target < 150 KB`);
console.log(`  transferred with the other eight languages' strings fetched after: ${(median(allBytes) / 1024).toFixed(1)} KiB`);

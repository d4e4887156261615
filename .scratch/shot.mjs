import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage({ viewport: { width: 1300, height: 1100 } });
await p.goto(process.argv[2]); await p.waitForTimeout(4000);
await p.screenshot({ path: process.argv[3], fullPage: false });
await b.close();

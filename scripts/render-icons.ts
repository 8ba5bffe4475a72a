import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium';

// Renders scripts/icon.svg into the PNG sizes the manifest names. Run after editing the SVG;
// the PNGs are committed so a build needs no browser.
const SIZES = [16, 32, 48, 128];
const svg = readFileSync('scripts/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`Rendered ${SIZES.join(', ')} px icons into public/icons/`);

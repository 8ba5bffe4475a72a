import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { khubUrl } from '../demo/khub';
import { demoPart } from '../demo/posts';
import { startDemoServer } from '../demo/server';
import { launchChromium } from './chromium';
import { popupUrl, readToEnd } from './reading';

// Opens the demo in Chromium with Instalments loaded. With a display it hands the browser to
// you; without one it reads two parts itself and saves a screenshot of the popup.
const PROFILE = resolve('.demo-profile');
const SCREENSHOT = resolve('artifacts/popup.png');
const headed = Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);

const part1 = demoPart(1);
const part2 = demoPart(2);

rmSync(PROFILE, { recursive: true, force: true });
// The series' last part is held back: "Publish the next part" on a demo page puts it out, and
// Instalments' next check (or "Check now" in a series' ⋯ menu) finds it.
const server = await startDemoServer(0, { seriesPublished: 4 });
const { context, extensionId } = await launchChromium({
  profileDir: PROFILE,
  demo: server,
  headless: !headed,
});

if (headed) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(khubUrl(part1));
  console.log(`Instalments is loaded (extension id ${extensionId}).`);
  console.log(`Reading ${khubUrl(part1)}: scroll to the end, then open the toolbar icon.`);
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  process.once('SIGINT', () => void context.close());
  process.once('SIGTERM', () => void context.close());
  await new Promise<void>((done) => context.on('close', () => done()));
} else {
  const page = await context.newPage();
  for (const part of [part1, part2]) {
    await readToEnd(page, khubUrl(part));
    await page.waitForTimeout(1500);
    console.log(`Read ${part.title} at ${khubUrl(part)}`);
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 420 });
  await popup.goto(popupUrl(extensionId));
  await popup.getByRole('progressbar').first().waitFor();
  mkdirSync(resolve('artifacts'), { recursive: true });
  await popup.locator('main').screenshot({ path: SCREENSHOT });
  const summary = await popup.locator('.series__count').first().textContent();
  console.log(`No display found, so the demo ran headless. The popup says: "${summary}".`);
  console.log(`Screenshot of the popup: ${SCREENSHOT}`);
  await context.close();
}
await server.close();
rmSync(PROFILE, { recursive: true, force: true });

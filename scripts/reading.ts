import type { Page } from 'playwright-core';

const ARTICLE_BODY = '.widget-mode-detail-text, .reader-article-content';

/** Opens a part and scrolls like a reader until the end of the article is on screen. */
export async function readToEnd(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const body = page.locator(ARTICLE_BODY).first();
  for (let step = 0; step < 40; step++) {
    const done = await body.evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight);
    if (done) return;
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(50);
  }
  throw new Error(`never reached the end of the article at ${url}`);
}

export function popupUrl(extensionId: string): string {
  return `chrome-extension://${extensionId}/popup/index.html`;
}

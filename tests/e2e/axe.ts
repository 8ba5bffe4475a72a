import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const AXE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The rules every page must pass: WCAG 2.0–2.2 A and AA, and axe's best practice. */
export const AXE_RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}
declare const axe: { run(context: Document, options: object): Promise<AxeResult> };

/** axe-core's WCAG 2.0–2.2 A/AA and best-practice violations on `page`, one line each. */
export async function violations(page: Page): Promise<string[]> {
  // evaluate() runs outside the page's CSP, which rightly forbids inline scripts.
  await page.evaluate(AXE);
  const result = await page.evaluate((runOnly) => axe.run(document, { runOnly }), AXE_RULES);
  return describe(result);
}

/** One line per violation: the rule, its impact, what it asks and where it failed. */
export function describe(result: AxeResult): string[] {
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

import * as v from 'valibot';
import {
  decodeCapture,
  type CapturedPart,
  type EncodedCapture,
} from '../../src/core/offline/captured';
import type { CopyLimits } from '../../src/core/offline/images';
import { captureSchema } from '../../src/messaging/capture-schema';
import { browser } from '../../src/platform/browser';

/** The extraction bundle, built from capture/extract.ts and injected only when saving. */
export const CAPTURE_SCRIPT = 'capture/extract.js';

declare const instalmentsCapture: (limits: CopyLimits) => Promise<EncodedCapture | null>;

/** Saves what the tab shows. Null when the page has no article to save. */
export async function captureTab(tabId: number, limits: CopyLimits): Promise<CapturedPart | null> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CAPTURE_SCRIPT] });
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (l: CopyLimits) => instalmentsCapture(l),
    args: [limits],
  });
  const parsed = v.safeParse(captureSchema(limits), result?.result ?? null);
  if (!parsed.success) throw new Error('The page sent back a copy Instalments cannot store.');
  return parsed.output ? decodeCapture(parsed.output) : null;
}

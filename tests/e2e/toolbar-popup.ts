import type { CDPSession, Page } from 'playwright-core';
import { AXE, AXE_RULES, describe, type AxeResult } from './axe';

/**
 * The popup as the toolbar (or its shortcut) opens it: the one place the browser grants
 * `activeTab`. Playwright does not hand it out as a Page, so this drives it over the Chrome
 * DevTools Protocol, with clicks marked as the reader's own gestures (a permission prompt
 * needs one).
 */
export interface ToolbarPopup {
  text(): Promise<string>;
  click(buttonName: string): Promise<void>;
  isOpen(): Promise<boolean>;
  /** axe-core's violations in the popup as it is now, one line each. */
  violations(): Promise<string[]>;
  /** The value of a JavaScript expression in the popup. */
  evaluate<T>(expression: string): Promise<T>;
  /** The popup as drawn, at its own size: a PNG. */
  screenshot(): Promise<Buffer>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Calls `open` (which presses the popup's shortcut) and returns the popup that appears. The
 * popup page may also be open in tabs (tests open it there): only a new one counts.
 */
export async function openToolbarPopup(
  page: Page,
  extensionId: string,
  open: () => void,
): Promise<ToolbarPopup> {
  return attachExtensionPage(page, `chrome-extension://${extensionId}/popup/index.html`, open);
}

/**
 * Calls `open` and returns the extension page at `url` that appears because of it: the
 * toolbar popup, or the side panel the browser opens for a click in it.
 */
export async function attachExtensionPage(
  page: Page,
  url: string,
  open: () => void | Promise<void>,
): Promise<ToolbarPopup> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const popups = async () =>
    ((await cdp.send('Target.getTargets')).targetInfos as TargetInfo[]).filter(
      (t) => t.type === 'page' && t.url === url,
    );
  const before = new Set((await popups()).map((t) => t.targetId));
  await open();
  const find = async () => (await popups()).find((t) => !before.has(t.targetId));
  let target: TargetInfo | undefined;
  for (let tries = 0; !target && tries < 100; tries++) {
    target = await find();
    if (!target) await page.waitForTimeout(100);
  }
  if (!target) throw new Error(`${url} did not open`);
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  let next = 1;
  const pending = new Map<number, (result: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply.result);
  });
  const call = async (method: string, params: object): Promise<unknown> => {
    const id = next++;
    const answer = new Promise<unknown>((resolve) => pending.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return answer;
  };
  const evaluate = async <T>(expression: string): Promise<T> => {
    const result = (await call('Runtime.evaluate', {
      expression,
      userGesture: true,
      awaitPromise: true,
      returnByValue: true,
    })) as { result?: { value?: T } };
    return result.result?.value as T;
  };
  const targetId = target.targetId;
  return {
    text: () => evaluate<string>('document.body.textContent'),
    click: async (name) => {
      // The popup fills in as its questions to the tab and the library come back.
      for (let tries = 0; tries < 50; tries++) {
        const found = await evaluate<boolean>(
          `(() => { const b = [...document.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(name)}); b?.click(); return !!b; })()`,
        );
        if (found) return;
        await page.waitForTimeout(100);
      }
      throw new Error(`No button "${name}" in the popup`);
    },
    violations: async () => {
      await evaluate(AXE);
      return describe(
        await evaluate<AxeResult>(`axe.run(document, { runOnly: ${JSON.stringify(AXE_RULES)} })`),
      );
    },
    evaluate,
    screenshot: async () => {
      const { data } = (await call('Page.captureScreenshot', { format: 'png' })) as {
        data: string;
      };
      return Buffer.from(data, 'base64');
    },
    isOpen: async () =>
      ((await cdp.send('Target.getTargets')).targetInfos as TargetInfo[]).some(
        (t) => t.targetId === targetId,
      ),
  };
}

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll } from 'vitest';
import { Harness } from './harness';

/**
 * A virtual X display for the suites that need what headless Chromium lacks: browser
 * accelerators (extension shortcuts) and the browser's own permission prompts. Keys go
 * through the X server, as a person's would.
 */
export interface Display {
  name: string;
  /**
   * Presses `keys` (xdotool syntax, such as "alt+shift+k"). Chromium's window gets the
   * keyboard first unless `focus` is false: a browser prompt already has it.
   */
  press(keys: string, options?: { focus: boolean }): void;
  stop(): void;
}

export async function startDisplay(): Promise<Display> {
  // Xvfb picks a free display and writes its number to fd 3.
  const xvfb: ChildProcess = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] },
  );
  const number = await new Promise<string>((resolve, reject) => {
    xvfb.stdio[3]?.on('data', (data: Buffer) => resolve(data.toString().trim()));
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): is it installed?`)));
  });
  const name = `:${number}`;
  const env = { ...process.env, DISPLAY: name };
  return {
    name,
    press(keys, { focus } = { focus: true }) {
      if (!focus) {
        execFileSync('xdotool', ['key', '--clearmodifiers', keys], { env });
        return;
      }
      // There is no window manager on the display: give Chromium's window the keyboard first.
      const windows = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], {
        env,
      })
        .toString()
        .trim()
        .split('\n');
      for (const id of windows) execFileSync('xdotool', ['windowfocus', '--sync', id], { env });
      execFileSync('xdotool', ['key', '--clearmodifiers', keys], { env });
    },
    stop: () => void xvfb.kill(),
  };
}

/** A headed Chromium on its own virtual display, for the tests of a `describe` block. */
export interface Headed {
  h: Harness;
  display: Display;
}

/**
 * Starts a display and a headed harness before the block's tests and stops both after; the
 * returned object is filled in by then. DISPLAY points at the display meanwhile.
 */
export function headedPerSuite(): Headed {
  const suite = {} as Headed;
  const before = process.env['DISPLAY'];
  beforeAll(async () => {
    suite.display = await startDisplay();
    process.env['DISPLAY'] = suite.display.name;
    suite.h = await Harness.start(undefined, { headless: false });
  });
  afterAll(async () => {
    await suite.h?.stop();
    suite.display?.stop();
    if (before === undefined) delete process.env['DISPLAY'];
    else process.env['DISPLAY'] = before;
  });
  return suite;
}

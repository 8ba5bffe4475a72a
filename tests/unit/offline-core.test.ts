import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { decodeCapture, toBase64 } from '../../src/core/offline/captured';
import { collectImages, MAX_IMAGES, type ImageBytes } from '../../src/core/offline/images';
import { imagesSchema, SnapshotSchema } from '../../src/messaging/capture-schema';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/settings/settings';

const KB = 1024;
const limits = { maxImageBytes: 100 * KB, maxPartBytes: 250 * KB };
const image = (kb: number, type = 'image/png'): ImageBytes => ({
  type,
  bytes: new Uint8Array(kb * KB),
});

describe('copying an article’s images', () => {
  test('keeps images within the limits and names each one left out, with why', async () => {
    const served: Record<string, ImageBytes | Error> = {
      'https://a.example/1.png': image(10),
      'https://a.example/big.png': image(150),
      'https://a.example/page.html': image(1, 'text/html'),
      'https://a.example/2.png': image(90),
      'https://a.example/3.png': image(90),
      'https://cdn.example/refused.png': new TypeError('Failed to fetch'),
      'https://a.example/4.png': image(90),
    };
    const urls = Object.keys(served);
    const { images, dropped } = await collectImages(urls, 20 * KB, limits, async (url) => {
      const answer = served[url];
      if (answer instanceof Error || !answer) throw answer;
      return answer;
    });
    expect(images.map((i) => i && i.bytes.byteLength / KB)).toEqual([
      10,
      null,
      null,
      90,
      90,
      null,
      null,
    ]);
    expect(dropped).toEqual([
      { url: 'https://a.example/big.png', reason: 'larger than the 100 KB limit' },
      {
        url: 'https://a.example/page.html',
        reason: 'not a picture Instalments keeps (text/html)',
      },
      {
        url: 'https://cdn.example/refused.png',
        reason: 'its site did not let Instalments copy it',
      },
      // 20 KB of text + 10 + 90 + 90 = 210 KB; another 90 would pass the 250 KB part limit.
      { url: 'https://a.example/4.png', reason: 'over the 250 KB part limit' },
    ]);
  });

  test('an image inline in the page is decoded without the network', async () => {
    const bytes = new Uint8Array([1, 2, 3, 250]);
    const { images, dropped } = await collectImages(
      [`data:image/gif;base64,${toBase64(bytes)}`, 'data:image/png;base64,@@@'],
      0,
      limits,
      () => Promise.reject(new Error('no network')),
    );
    expect(images[0]).toEqual({ type: 'image/gif', bytes });
    expect(dropped).toEqual([
      { url: 'an image inside the page', reason: 'a damaged inline image' },
    ]);
  });

  test('survives the JSON trip (a backup file) byte for byte', () => {
    const part = {
      title: 'T',
      byline: null,
      html: '<p>x</p>',
      images: [{ type: 'image/png', bytes: new Uint8Array([0, 255, 128, 7]) }, null],
      dropped: [],
    };
    const encoded = {
      ...part,
      images: part.images.map((i) => i && { type: i.type, base64: toBase64(i.bytes) }),
    };
    expect(decodeCapture(JSON.parse(JSON.stringify(encoded)))).toEqual(part);
  });
});

describe('what the background accepts from a capture script', () => {
  const schema = imagesSchema(limits);
  const valid = { images: [], dropped: [] };

  test.each([
    [
      'an image over the per-image limit',
      { images: [{ type: 'image/png', base64: 'A'.repeat(200 * KB) }] },
    ],
    ['more images than any article keeps', { images: Array(MAX_IMAGES + 1).fill(null) }],
    ['an image that is not an image', { images: [{ type: 'text/html', base64: 'AA==' }] }],
    ['a field it does not know', { script: 'alert(1)' }],
    ['a reason that is not text', { dropped: [{ url: 'x', reason: { toString: 'x' } }] }],
  ])('refuses %s', (_, change) => {
    expect(v.safeParse(schema, { ...valid, ...change }).success).toBe(false);
  });

  test('accepts honest images, and a snapshot only of an http(s) page', () => {
    expect(v.safeParse(schema, valid).success).toBe(true);
    expect(
      v.safeParse(SnapshotSchema, { html: '<p>x</p>', url: 'https://khub.net/a' }).success,
    ).toBe(true);
    expect(v.safeParse(SnapshotSchema, { html: '<p>x</p>', url: 'about:blank' }).success).toBe(
      false,
    );
  });
});

describe('settings', () => {
  test('missing or corrupt settings fall back to the defaults', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ version: 1, autoSaveOffline: false });
  });

  test('a bad field falls back alone; good fields stay', () => {
    const parsed = parseSettings({
      version: 1,
      autoSaveOffline: true,
      maxImageBytes: -5,
      maxPartBytes: 20 * 1024 * 1024,
    });
    expect(parsed).toEqual({
      version: 1,
      disabledPlatforms: [],
      readAt: 1,
      autoSaveOffline: true,
      exportReminderDays: 0,
      follow: true,
      followEveryHours: 6,
      sync: true,
      changedAt: 0,
      maxImageBytes: DEFAULT_SETTINGS.maxImageBytes,
      maxPartBytes: 20 * 1024 * 1024,
    });
  });

  test('settings stored before versions existed are migrated', () => {
    expect(parseSettings({ autoSaveOffline: true })).toMatchObject({
      version: 1,
      autoSaveOffline: true,
    });
  });
});

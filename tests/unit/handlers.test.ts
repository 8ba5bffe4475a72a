import { describe, expect, test, vi } from 'vitest';
import { createHandlers, type Effects } from '../../background/handlers';
import { recordPart } from '../../src/db/repository';
import { freshDb, KHUB, report } from './fixtures';

const fromPopup = { url: 'chrome-extension://test/popup/index.html', tabId: null };

describe('opening a part', () => {
  async function setUp(online: boolean) {
    const db = freshDb();
    const ref = await recordPart(
      db,
      { ...report(2, 'reading'), progress: { furthest: 0.5, last: 0.4 } },
      1000,
    );
    await db.parts.update(ref!.partId, {
      offline: { bytes: 1, savedAt: 1, images: 0, dropped: 0 },
    });
    const effects = {
      online: () => online,
      openTab: vi.fn(async () => undefined),
      setResume: vi.fn(async () => undefined),
    } as unknown as Effects & { openTab: ReturnType<typeof vi.fn> };
    const handlers = createHandlers(db, () => 2000, effects);
    await handlers['part/open']({ partId: ref!.partId }, fromPopup);
    return { effects, partId: ref!.partId };
  }

  test('online, the live page, set to resume where the reader was', async () => {
    const { effects } = await setUp(true);
    expect(effects.openTab).toHaveBeenCalledWith(`${KHUB}-2`);
    expect(effects.setResume).toHaveBeenCalledWith(`${KHUB}-2`, 0.4);
  });

  test('with the network off, its saved copy', async () => {
    const { effects, partId } = await setUp(false);
    expect(effects.openTab).toHaveBeenCalledWith(`/reader/index.html?part=${partId}`);
  });
});

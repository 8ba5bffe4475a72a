import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Backup } from '../../src/core/backup/format';
import { LIMITS } from '../../src/core/limits';
import type { CapturedPart } from '../../src/core/offline/captured';
import { buildBackup } from '../../src/db/backup-export';
import { importBackup } from '../../src/db/backup-import';
import { toCopyRow } from '../../src/db/copy-row';
import { saveCopy } from '../../src/db/offline-store';
import {
  markPart,
  mergeSeries,
  recordPart,
  renameSeries,
  setBookmark,
  setNote,
  splitSeries,
} from '../../src/db/repository';
import type { LibraryDb } from '../../src/db/schema';
import { readBackupText } from '../../src/messaging/backup-schema';
import { freshDb, report } from './fixtures';

// What Instalments exports, it imports: whatever ordinary use wrote into the library, at every
// limit, comes back whole from its own export, and exports again to the same file.

const SITES = ['https://khub.net/web/g/-/blogs/', 'https://www.linkedin.com/pulse/'];
const long = (n: number, c = 'x') => c.repeat(n);

type Write =
  | { kind: 'report'; series: number; part: number; site: number; read: boolean; siblings: number }
  | { kind: 'merge'; a: number; b: number }
  | { kind: 'split'; series: number; take: number }
  | { kind: 'note'; part: boolean; at: number; length: number }
  | { kind: 'save'; at: number; titleLength: number; dropped: number }
  | { kind: 'bookmark'; at: number; on: boolean }
  | { kind: 'mark'; at: number; read: boolean }
  | { kind: 'rename'; at: number; length: number };

const index = fc.nat({ max: 40 });
const write: fc.Arbitrary<Write> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('report' as const),
      series: fc.nat({ max: 2 }),
      part: fc.integer({ min: 1, max: 30 }),
      site: fc.nat({ max: 1 }),
      read: fc.boolean(),
      siblings: fc.constantFrom(0, 3, LIMITS.siblings),
    }),
  },
  fc.record({ kind: fc.constant('merge' as const), a: index, b: index }),
  fc.record({
    kind: fc.constant('split' as const),
    series: index,
    take: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    kind: fc.constant('note' as const),
    part: fc.boolean(),
    at: index,
    length: fc.constantFrom(1, LIMITS.note),
  }),
  fc.record({
    kind: fc.constant('save' as const),
    at: index,
    titleLength: fc.constantFrom(20, 1_000_000),
    dropped: fc.constantFrom(0, 1000),
  }),
  fc.record({ kind: fc.constant('bookmark' as const), at: index, on: fc.boolean() }),
  fc.record({ kind: fc.constant('mark' as const), at: index, read: fc.boolean() }),
  fc.record({
    kind: fc.constant('rename' as const),
    at: index,
    length: fc.constantFrom(1, LIMITS.text),
  }),
);

/** A hostile page's article as the capture would hand it over: nothing in it is bounded. */
function hostileCapture(titleLength: number, dropped: number): CapturedPart {
  return {
    title: long(titleLength, 'T'),
    byline: long(titleLength, 'B'),
    html: '<p>Body</p>',
    images: [{ type: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]) }],
    dropped: Array.from({ length: dropped }, (_, i) => ({
      url: `https://cdn.example/${long(3000, 'p')}/${i}.png`,
      reason: long(500, 'r'),
    })),
  };
}

async function apply(db: LibraryDb, w: Write, now: number): Promise<void> {
  const series = await db.series.toCollection().sortBy('id');
  const parts = await db.parts.toCollection().sortBy('id');
  const pick = <T>(list: T[], at: number): T | undefined => list[at % Math.max(list.length, 1)];
  switch (w.kind) {
    case 'report': {
      const base = `${SITES[w.site]}series-${w.series}`;
      const siblings = Array.from({ length: w.siblings }, (_, i) => ({
        url: `${base}-${i + 1}?v=${long(40, 'q')}`,
        title: `Series ${w.series} - ${i + 1}`,
        part: i + 1,
      }));
      await recordPart(
        db,
        report(
          w.part,
          w.read ? 'read' : 'reading',
          {
            seriesTitle: `Series ${w.series}`,
            seriesKey: `series ${w.series}|author`,
            platform: w.site ? 'linkedin' : 'khub',
            siblings,
          },
          `${base}-${w.part}`,
        ),
        now,
      );
      return;
    }
    case 'merge': {
      const [a, b] = [pick(series, w.a), pick(series, w.b)];
      if (a && b && a.id !== b.id) await mergeSeries(db, a.id, b.id, now);
      return;
    }
    case 'split': {
      const s = pick(series, w.series);
      const own = parts.filter((p) => p.seriesId === s?.id).slice(0, w.take);
      if (s && own.length > 0)
        await splitSeries(
          db,
          s.id,
          own.map((p) => p.id),
          now,
        );
      return;
    }
    case 'note': {
      const target = w.part ? pick(parts, w.at) : pick(series, w.at);
      if (target)
        await setNote(db, w.part ? 'part' : 'series', target.id, long(w.length, 'n'), now);
      return;
    }
    case 'save': {
      const part = pick(parts, w.at);
      if (!part) return;
      const captured = hostileCapture(w.titleLength, w.dropped);
      await saveCopy(db, toCopyRow(part.id, captured, part.urls[0]!, now));
      return;
    }
    case 'bookmark': {
      const part = pick(parts, w.at);
      if (part) await setBookmark(db, part.id, w.on, now);
      return;
    }
    case 'mark': {
      const part = pick(parts, w.at);
      if (part) await markPart(db, part.id, w.read, now);
      return;
    }
    case 'rename': {
      const s = pick(series, w.at);
      if (s) await renameSeries(db, s.id, long(w.length, 'R'), 1);
      return;
    }
  }
}

const comparable = (backup: Backup) => ({ ...backup, exportedAt: '' });

describe('export → import → export', () => {
  test('random real library writes at every limit: the export imports whole, into an empty library and into the same one, and exports again unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 25 }), async (writes) => {
        const db = freshDb();
        let now = 1_000_000;
        for (const w of writes) await apply(db, w, (now += 1000));
        const exported = await buildBackup(db, { offline: true }, now);

        const checked = readBackupText(JSON.stringify(exported));
        expect(checked.skipped).toEqual([]);
        expect(comparable(checked.backup)).toEqual(comparable(exported));

        const empty = freshDb();
        await importBackup(empty, checked.backup, now + 1);
        expect(comparable(await buildBackup(empty, { offline: true }, now + 2))).toEqual(
          comparable(exported),
        );

        const summary = await importBackup(db, checked.backup, now + 3);
        expect(summary).toMatchObject({ newSeries: 0, newParts: 0 });
        expect(comparable(await buildBackup(db, { offline: true }, now + 4))).toEqual(
          comparable(exported),
        );
        await Promise.all([db.delete(), empty.delete()]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  test('what a hostile page left is clipped as it is stored, not refused at import', async () => {
    const db = freshDb();
    await recordPart(db, report(1, 'read'), 1000);
    const part = (await db.parts.toArray())[0]!;
    await saveCopy(db, toCopyRow(part.id, hostileCapture(1_000_000, 1000), part.urls[0]!, 2000));
    const copy = await db.offline.get(part.id);
    expect(copy?.title).toHaveLength(LIMITS.text);
    expect(copy?.dropped).toHaveLength(LIMITS.dropped);
    expect((await db.parts.get(part.id))?.offline?.dropped).toBe(1000);
    expect(
      readBackupText(JSON.stringify(await buildBackup(db, { offline: true }))).skipped,
    ).toEqual([]);
  });
});

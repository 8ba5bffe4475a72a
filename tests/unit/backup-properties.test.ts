import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createHandlers, type Effects } from '../../background/handlers';
import { BackupError } from '../../src/core/backup/format';
import { buildBackup } from '../../src/db/backup-export';
import { recordPart, setNote } from '../../src/db/repository';
import type { LibraryDb } from '../../src/db/schema';
import { readBackupText } from '../../src/messaging/backup-schema';
import { createRouter } from '../../src/messaging/router';
import { freshDb, report } from './fixtures';

const V1 = JSON.parse(readFileSync('tests/fixtures/backups/v1.json', 'utf8')) as unknown;
const ORIGIN = 'chrome-extension://test/';
const fromLibraryTab = { url: `${ORIGIN}library/index.html` };

/** Every path into a JSON value, so a mutation can reach any field at any depth. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const here = at.length > 0 ? [at] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value !== null && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  }
  return here;
}
const PATHS = paths(V1);

function mutate(path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(V1) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}

const hostileValue = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    '',
    'x'.repeat(301),
    'x'.repeat(20_001),
    -1,
    1.5,
    1e308,
    null,
    true,
    [],
    {},
    { __proto__: { polluted: true } },
    Array.from({ length: 300 }, () => 'https://a.example/'),
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Text of a file someone might hand the importer: mostly near-valid backups, broken somewhere. */
const hostileFile = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom(...PATHS), hostileValue)
      .map(([p, v]) => JSON.stringify(mutate(p, v))),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.nat())
      .map(([key, n]) => {
        // A forbidden key in place of the nth key of the file.
        const text = JSON.stringify(V1);
        const keys = [...text.matchAll(/"([a-zA-Z]+)":/g)];
        const m = keys[n % keys.length]!;
        return text.slice(0, m.index) + `"${key}":` + text.slice(m.index + m[0].length);
      }),
  },
  { weight: 1, arbitrary: fc.json() },
  { weight: 1, arbitrary: fc.string() },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.nat(), fc.nat({ max: 50 })).map(([at, cut]) => {
      const text = JSON.stringify(V1);
      const start = at % text.length;
      return text.slice(0, start) + text.slice(start + cut + 1);
    }),
  },
);

async function seed(db: LibraryDb): Promise<LibraryDb> {
  await recordPart(db, report(1, 'read'), 1000);
  await recordPart(db, { ...report(2, 'reading'), progress: { furthest: 0.4, last: 0.4 } }, 2000);
  const part = await db.parts.toCollection().first();
  await setNote(db, 'part', part!.id, 'mine', 3000);
  return db;
}

describe('importing untrusted files', () => {
  test('1,200 malformed or hostile files: never an uncaught error, and a refused one changes nothing', async () => {
    const db = await seed(freshDb());
    const route = createRouter(
      createHandlers(db, () => 9000, {} as Effects),
      ORIGIN,
    );
    let before = { ...(await buildBackup(db, {}, 0)) };
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostileFile, async (text) => {
        let parsed: unknown;
        try {
          readBackupText(text);
        } catch (error) {
          // The page's check: a refusal is always a BackupError with a message for the reader.
          expect(error).toBeInstanceOf(BackupError);
          expect((error as Error).message.length).toBeGreaterThan(10);
        }
        try {
          parsed = JSON.parse(text);
        } catch {
          return;
        }
        // The background's door, where a page that skipped its own check would arrive.
        const reply = await route(
          { type: 'library/import', payload: { backup: parsed } },
          fromLibraryTab,
        );
        if (reply && 'ok' in reply && reply.ok) {
          // A mutation that is still a valid backup (a field set to another valid value)
          // may import; put the library back for the next run.
          await db.delete();
          await db.open();
          await seed(db);
          before = { ...(await buildBackup(db, {}, 0)) };
          return;
        }
        refused += 1;
        expect(reply).toMatchObject({ ok: false });
        expect({ ...(await buildBackup(db, {}, 0)) }).toEqual(before);
      }),
      { numRuns: 1200 },
    );
    // The generator's files are overwhelmingly refused: it is testing refusals.
    expect(refused).toBeGreaterThan(800);
  }, 120_000);
});

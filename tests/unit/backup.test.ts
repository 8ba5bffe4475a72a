import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BackupError, type Backup } from '../../src/core/backup/format';
import { buildBackup } from '../../src/db/backup-export';
import { importBackup } from '../../src/db/backup-import';
import { previewImport } from '../../src/db/backup-plan';
import { readLibrary, readSavedPart } from '../../src/db/queries';
import { recordPart, setNote } from '../../src/db/repository';
import { noteId } from '../../src/db/schema';
import { checkBackup, readBackupText } from '../../src/messaging/backup-schema';
import { freshDb, report } from './fixtures';

const V1 = readFileSync('tests/fixtures/backups/v1.json', 'utf8');
const NOW = Date.UTC(2026, 10, 26);

/** A backup without the one field that always differs between two exports. */
const comparable = (backup: Backup) => ({ ...backup, exportedAt: '' });

describe('backups', () => {
  test('the committed version 1 backup imports, whole', async () => {
    const db = freshDb();
    const summary = await importBackup(db, readBackupText(V1).backup, NOW);
    expect(summary).toMatchObject({ newSeries: 2, newParts: 6, copies: 1, conflicts: [] });
    const library = await readLibrary(db);
    const journey = library.series.find((s) => s.series.key === 'journey to the cloud|sam okafor');
    expect(journey?.series.userTitle).toBe('Journey to the Cloud (Harbour BC)');
    expect(journey?.parts.map((p) => [p.number, p.state, Math.round(p.furthest * 100)])).toEqual([
      [1, 'read', 100],
      [2, 'reading', 58],
      [3, 'unvisited', 0],
      [4, 'unvisited', 0],
      [5, 'unvisited', 0],
    ]);
    const part2 = journey!.parts[1]!;
    expect(part2.urls).toHaveLength(2);
    expect(library.bookmarked.has(part2.id)).toBe(true);
    expect(library.notes.get(noteId('part', part2.id))).toMatch(/^Start here/);
    expect(library.notes.get(noteId('series', journey!.series.id))).toMatch(/^For the infra/);
    const copy = await readSavedPart(db, journey!.parts[0]!.id);
    expect(copy?.copy.images[0]?.type).toBe('image/png');
    expect(await db.untracked.count()).toBe(1);
  });

  test('export → import into an empty library → export gives the same file', async () => {
    const first = freshDb();
    await importBackup(first, readBackupText(V1).backup, NOW);
    const exported = await buildBackup(first, { offline: true }, NOW);
    const second = freshDb();
    await importBackup(second, readBackupText(JSON.stringify(exported)).backup, NOW);
    const again = await buildBackup(second, { offline: true }, NOW + 1000);
    expect(comparable(again)).toEqual(comparable(exported));
    expect(comparable(again)).toEqual(comparable(readBackupText(V1).backup));
  });

  test('merging: furthest position and read win, bookmarks join, both notes are kept', async () => {
    const db = freshDb();
    await recordPart(db, report(1, 'reading'), 1000);
    await recordPart(db, { ...report(2, 'reading'), progress: { furthest: 0.9, last: 0.9 } }, 1000);
    const [mine1, mine2] = (await readLibrary(db)).series[0]!.parts;
    await setNote(db, 'part', mine2!.id, 'My note', 1000);
    const theirs = readBackupText(V1).backup;
    // The colleague's part 2 is at the same address as mine.
    const preview = await previewImport(db, theirs, NOW);
    expect(preview).toMatchObject({ newSeries: 1, updatedSeries: 1, updatedParts: 2 });
    expect(preview.conflicts).toEqual([
      '“Journey to the Cloud - 2”: your note and the file’s differ; both are kept.',
    ]);
    expect(await db.parts.get(mine1!.id)).toMatchObject({ state: 'reading' }); // preview wrote nothing
    await importBackup(db, theirs, NOW);
    const library = await readLibrary(db);
    const journey = library.series.find((s) => s.series.id === mine1!.seriesId)!;
    expect(journey.parts.find((p) => p.id === mine1!.id)).toMatchObject({
      state: 'read',
      furthest: 1,
    });
    expect(journey.parts.find((p) => p.id === mine2!.id)).toMatchObject({
      state: 'reading',
      furthest: 0.9,
      lastPosition: 0.9,
    });
    expect(library.bookmarked.has(mine2!.id)).toBe(true);
    // The file's bookmark keeps its date on the reader's own part.
    expect((await db.bookmarks.get(mine2!.id))?.createdAt).toBe(1768003270000);
    expect(library.notes.get(noteId('part', mine2!.id))).toBe(
      'My note\n\nStart here: the inventory columns are the useful bit.',
    );
    // Importing the same file again changes nothing more.
    expect(await previewImport(db, theirs, NOW)).toMatchObject({
      newSeries: 0,
      newParts: 0,
      updatedParts: 0,
      conflicts: [],
    });
  });

  test('an import that fails half-way writes nothing', async () => {
    const db = freshDb();
    await recordPart(db, report(1, 'reading'), 1000);
    const before = await buildBackup(db, {}, NOW);
    db.notes.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(importBackup(db, readBackupText(V1).backup, NOW)).rejects.toThrow('disk full');
    expect(comparable(await buildBackup(db, {}, NOW))).toEqual(comparable(before));
  });
});

describe('what an import refuses, and how it says so', () => {
  const valid = () =>
    JSON.parse(V1) as Record<string, unknown> & { parts: Record<string, unknown>[] };
  const refused = (input: unknown) => {
    try {
      checkBackup(input);
    } catch (error) {
      expect(error).toBeInstanceOf(BackupError);
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  test.each([
    ['another format', { format: 'pocket', version: 1 }, /not an Instalments backup/],
    [
      'a newer version',
      { format: 'instalments', version: 9 },
      /version 9, from a newer Instalments/,
    ],
    ['no version', { format: 'instalments' }, /no valid "version"/],
    ['an array', [], /holds no object/],
  ])('%s', (_, input, message) => {
    expect(refused(input)).toMatch(message);
  });

  const skippedBy = (input: unknown) => checkBackup(input);

  test('leaves a bad row out, names it and why, and keeps the rest', () => {
    const b = valid();
    const total = b.parts.length;
    b.parts[2]!['urls'] = ['javascript:alert(1)'];
    const checked = skippedBy(b);
    expect(checked.backup.parts).toHaveLength(total - 1);
    expect(checked.skipped).toHaveLength(1);
    expect(checked.skipped[0]).toMatch(
      /^Part row 3(, “.+”)?: urls\[0\]: must be an http\(s\) URL$/,
    );

    const c = valid();
    c.parts[0]!['furthest'] = '50%';
    c.parts[1]!['title'] = 'x'.repeat(301);
    expect(skippedBy(c).skipped).toEqual([
      expect.stringMatching(/^Part row 1.*: furthest: /),
      expect.stringMatching(/^Part row 2, “x+”: title: /),
    ]);

    const d = valid();
    d.parts[1]!['offline'] = {
      ...(d.parts[1]!['offline'] as object),
      sourceUrl: 'data:text/html,x',
    };
    expect(skippedBy(d).skipped[0]).toMatch(/offline\.sourceUrl: must be an http\(s\) URL/);
  });

  test('a bad series takes its parts with it, each named; ids used twice keep the first', () => {
    const b = valid() as ReturnType<typeof valid> & { series: Record<string, unknown>[] };
    const [first] = b.series;
    first!['title'] = '';
    const orphans = b.parts.filter((p) => p['seriesId'] === first!['id']).length;
    b.parts.push({ ...b.parts.at(-1)! });
    const checked = skippedBy(b);
    expect(checked.backup.series.map((s) => s.id)).not.toContain(first!['id']);
    expect(checked.skipped.filter((s) => s.includes('is not in the file'))).toHaveLength(orphans);
    expect(checked.skipped.some((s) => s.includes('is used twice'))).toBe(
      b.parts.at(-1)!['seriesId'] !== first!['id'],
    );
  });

  test('a file that is not a backup at all is still refused whole', () => {
    const b = valid();
    (b as Record<string, unknown>)['parts'] = 'none';
    expect(refused(b)).toMatch(/^This backup cannot be imported: parts: /);
  });

  test('refuses prototype keys anywhere, and names where JSON breaks', () => {
    expect(() => readBackupText('{"format":"instalments","__proto__":{"x":1}}')).toThrow(
      'The file has a forbidden key "__proto__".',
    );
    expect(() => readBackupText(V1.replace('"aliases"', '"constructor"'))).toThrow(/"constructor"/);
    expect(() => readBackupText('{"format": "instalments",')).toThrow(
      /^Instalments imports its own JSON backup or a bookmarks file, and this file is neither: it is not valid JSON \(.*position 25/,
    );
  });

  test('refuses more items than the caps allow, and unknown fields', () => {
    const b = valid();
    b['untracked'] = Array.from({ length: 50_001 }, (_, i) => ({
      url: `https://a.example/${i}`,
      createdAt: 1,
    }));
    expect(refused(b)).toMatch(/^This backup cannot be imported: untracked: /);
    const c = valid();
    c['extra'] = true;
    expect(refused(c)).toMatch(/extra/);
  });
});

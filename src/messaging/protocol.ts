import * as v from 'valibot';
import type { ImportSummary } from '../db/backup-plan';
import { BackupSchema } from './backup-schema';
import type { Detection } from '../core/detect/detection';
import {
  DetectionSchema,
  Fraction,
  HttpUrl,
  Id,
  NoteText,
  PageFactsSchema,
  PageText,
  PartNumber,
  ReadingState,
  Time,
  Words,
} from './schemas';

/** Who may send a message: a content script in a tab, or one of our own extension pages. */
export type SenderKind = 'content' | 'page';

interface MessageSpec<S extends v.GenericSchema, R> {
  readonly sender: SenderKind;
  readonly request: S;
  /** Type-only: the reply a handler must produce. */
  readonly reply?: R;
}

function message<R>() {
  return <S extends v.GenericSchema>(sender: SenderKind, request: S): MessageSpec<S, R> => ({
    sender,
    request,
  });
}

export interface PartRef {
  seriesId: string;
  partId: string;
}

/** A page that is a series part, as the background found it from the page's facts. */
export interface PageVerdict {
  detection: Detection;
  /** The part's own title: the page's heading without the site's name. */
  title: string;
}

/** The one map of every message: its name, who may send it, its payload and its reply. */
export const protocol = {
  /**
   * Is this page a series part? The content script reads the page; the rules that weigh what
   * it read run once, here, rather than in every tab. `track`: the reader said it is one.
   * Null: the page is no part.
   */
  'page/detect': message<PageVerdict | null>()(
    'content',
    v.strictObject({ facts: PageFactsSchema, track: v.boolean() }),
  ),
  /**
   * The page is a series part; `state: 'read'` once its end has been reached. Replies null
   * when the user has untracked the page.
   */
  'part/report': message<PartRef | null>()(
    'content',
    v.strictObject({
      url: HttpUrl,
      title: v.nullable(PageText),
      state: ReadingState,
      detection: DetectionSchema,
      progress: v.optional(v.strictObject({ furthest: Fraction, last: Fraction })),
      publishedAt: v.optional(v.nullable(Time)),
      /** How many words the article body has, for reading times. */
      words: v.optional(Words),
      /** The library epoch the page started in: a report from before "Delete everything" is refused. */
      epoch: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ),
  /** The user's own title for a series (null restores the detected one). */
  'series/rename': message<null>()(
    'page',
    v.strictObject({ seriesId: Id, title: v.nullable(v.pipe(PageText, v.minLength(1))) }),
  ),
  /** The user's own number for a part (null restores the detected one). */
  'part/set-number': message<null>()(
    'page',
    v.strictObject({
      partId: Id,
      number: v.nullable(PartNumber),
    }),
  ),
  'series/merge': message<null>()('page', v.strictObject({ targetId: Id, sourceId: Id })),
  'series/split': message<{ seriesId: string }>()(
    'page',
    v.strictObject({
      seriesId: Id,
      partIds: v.pipe(v.array(Id), v.minLength(1), v.maxLength(1000)),
    }),
  ),
  /** Moves parts the reader picked into another series. */
  'parts/move': message<null>()(
    'page',
    v.strictObject({
      partIds: v.pipe(v.array(Id), v.minLength(1), v.maxLength(1000)),
      targetId: Id,
    }),
  ),
  /** Removes parts from the library (untracked, with their notes and copies). */
  'parts/remove': message<null>()(
    'page',
    v.strictObject({ partIds: v.pipe(v.array(Id), v.minLength(1), v.maxLength(1000)) }),
  ),
  'series/remove': message<null>()('page', v.strictObject({ seriesId: Id })),
  /** Marks a part and every part before it in its series read. */
  'part/mark-through': message<null>()('page', v.strictObject({ partId: Id })),
  /** Follow or unfollow a series: checks for its new parts. */
  'follow/set': message<null>()('page', v.strictObject({ seriesId: Id, on: v.boolean() })),
  /** "Check now": one series' site asked at once, whatever its schedule. */
  'follow/check': message<{ requests: number; checked: number; found: number }>()(
    'page',
    v.strictObject({ seriesId: Id }),
  ),
  'page/untrack': message<null>()('page', v.strictObject({ url: HttpUrl })),
  /** Opens a part in a new tab, at the reader's last position. */
  'part/open': message<null>()('page', v.strictObject({ partId: Id })),
  /** A content script asks whether its page was opened by part/open, and where to scroll to. */
  'part/resume': message<number | null>()('content', v.strictObject({ url: HttpUrl })),
  'part/bookmark': message<null>()('page', v.strictObject({ partId: Id, bookmarked: v.boolean() })),
  /** Manual "mark read / unread". */
  'part/mark': message<null>()('page', v.strictObject({ partId: Id, read: v.boolean() })),
  /** Saves a part for offline reading: from a tab showing it, else fetched by the background. */
  'offline/save': message<null>()('page', v.strictObject({ partId: Id })),
  /** "Save all known parts of this series": a job that outlives the worker. */
  'offline/save-series': message<{ jobId: string }>()('page', v.strictObject({ seriesId: Id })),
  'offline/cancel': message<null>()('page', v.strictObject({ jobId: Id })),
  /** Forgets a finished job and its failures. */
  'offline/dismiss': message<null>()('page', v.strictObject({ jobId: Id })),
  /** Wakes the background to carry on any save job a stopped worker left. */
  'offline/resume': message<null>()('page', v.strictObject({})),
  'offline/delete': message<null>()(
    'page',
    v.variant('scope', [
      v.strictObject({ scope: v.literal('part'), partId: Id }),
      v.strictObject({ scope: v.literal('series'), seriesId: Id }),
      v.strictObject({ scope: v.literal('all') }),
    ]),
  ),
  /** The reader's own note on a part or a series; empty text removes it. */
  'note/set': message<null>()(
    'page',
    v.strictObject({
      target: v.picklist(['part', 'series']),
      id: Id,
      text: NoteText,
    }),
  ),
  /** Imports a backup the reader has previewed; one transaction, all or nothing. */
  'library/import': message<ImportSummary>()('page', v.strictObject({ backup: BackupSchema })),
  /**
   * Deletes the whole library (offline copies included), the reader's settings and the sites
   * they granted. The page asks for confirmation first. `everywhere`: on every computer the
   * library syncs to; otherwise on this one only, which then stops syncing (or the others
   * would bring the library straight back).
   */
  'library/wipe': message<null>()('page', v.strictObject({ everywhere: v.optional(v.boolean()) })),
  /** Reading progress in the offline reader, by the same rules as on the live page. */
  'reader/progress': message<null>()(
    'page',
    v.strictObject({ partId: Id, furthest: Fraction, last: Fraction, read: v.boolean() }),
  ),
} as const;

export type MessageType = keyof typeof protocol;
export type Request<K extends MessageType> = v.InferOutput<(typeof protocol)[K]['request']>;
export type Reply<K extends MessageType> =
  (typeof protocol)[K] extends MessageSpec<v.GenericSchema, infer R> ? R : never;

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: Request<K>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

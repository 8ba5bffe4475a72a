import * as v from 'valibot';
import { DetectionSchema, HttpUrl, PageTitle, ReadingState } from './schemas';

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

/** The one map of every message: its name, who may send it, its payload and its reply. */
export const protocol = {
  /** The page is a series part; `state: 'read'` once its end has been reached. */
  'part/report': message<PartRef>()(
    'content',
    v.strictObject({
      url: HttpUrl,
      title: v.nullable(PageTitle),
      state: ReadingState,
      detection: DetectionSchema,
    }),
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

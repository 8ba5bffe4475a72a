import type { Detection } from '../../src/core/detect';
import type { PartReport } from '../../src/db/repository';
import type { Request } from '../../src/messaging/protocol';
import { LibraryDb } from '../../src/db/schema';

let counter = 0;
/** A fresh, uniquely named database per test, on fake-indexeddb. */
export function freshDb(): LibraryDb {
  counter += 1;
  return new LibraryDb(`test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export const KHUB = 'https://khub.net/web/digital-leaders/-/blogs/journey-to-the-cloud';
export const LINKEDIN = 'https://www.linkedin.com/pulse/journey-cloud';

export function detection(part: number, overrides: Partial<Detection> = {}): Detection {
  return {
    seriesTitle: 'Journey to the Cloud',
    seriesKey: 'journey to the cloud|sam okafor',
    part,
    total: null,
    author: 'Sam Okafor',
    platform: 'khub',
    siblings: [],
    confidence: 0.8,
    evidence: [`title ends with "- ${part}"`],
    ...overrides,
  };
}

export function report(
  part: number,
  state: PartReport['state'] = 'reading',
  overrides: Partial<Detection> = {},
  url = `${KHUB}-${part}`,
): PartReport & Request<'part/report'> {
  return {
    url,
    title: `Journey to the Cloud - ${part}`,
    state,
    detection: detection(part, overrides),
    epoch: 0,
  };
}

import type { Adapter } from './adapter';
import { ao3 } from './ao3';
import { blogger } from './blogger';
import { devto } from './devto';
import { ghost } from './ghost';
import { govuk } from './govuk';
import { hashnode } from './hashnode';
import { hugo } from './hugo';
import { khub } from './khub';
import { lesswrong } from './lesswrong';
import { linkedin } from './linkedin';
import { medium } from './medium';
import { orderedSeries } from './ordered-series';
import { organizeSeries } from './organize-series';
import { seriesList } from './series-list';
import { substack } from './substack';

export type { Adapter } from './adapter';

/** Every platform adapter, host-specific ones first. The meta test checks each has fixtures. */
export const ADAPTERS: readonly Adapter[] = [
  khub,
  linkedin,
  devto,
  hashnode,
  ao3,
  lesswrong,
  govuk,
  medium,
  substack,
  blogger,
  ghost,
  hugo,
  organizeSeries,
  seriesList,
  orderedSeries,
];

/** A short platform name for the page: by host first, then by markup; "web" otherwise. */
export function platformOf(host: string, doc?: Document): string {
  const byHost = ADAPTERS.find((a) => a.hosts?.test(host));
  if (byHost) return byHost.name;
  const byMarkup = doc ? ADAPTERS.find((a) => a.identify?.(doc)) : undefined;
  return byMarkup?.name ?? 'web';
}

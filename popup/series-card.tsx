import type { SeriesSummary } from '../src/db/queries';
import { partNumber, seriesTitle, type PartRow, type PartState } from '../src/db/schema';

const PLATFORM_NAMES: Record<string, string> = {
  khub: 'Knowledge Hub',
  linkedin: 'LinkedIn',
  devto: 'DEV',
  hashnode: 'Hashnode',
  ao3: 'AO3',
  lesswrong: 'LessWrong',
  'govuk-blog': 'GOV.UK blog',
  medium: 'Medium',
  substack: 'Substack',
  blogger: 'Blogger',
  ghost: 'Ghost',
  hugo: 'Hugo',
  wordpress: 'WordPress',
  web: 'Web',
};

const STATE_LABEL: Record<PartState, { icon: string; text: string }> = {
  read: { icon: '✓', text: 'Read' },
  reading: { icon: '◐', text: 'Reading' },
  unvisited: { icon: '○', text: 'Not yet visited' },
};

function PartItem({ part }: { part: PartRow }) {
  const state = STATE_LABEL[part.state];
  const n = partNumber(part);
  const label = part.title ?? (n === null ? 'Untitled part' : `Part ${n}`);
  return (
    <li class={`part part--${part.state}`}>
      <span class="part__state">
        <span aria-hidden="true">{state.icon}</span> {state.text}
      </span>
      <a href={part.urls[0]} target="_blank" rel="noopener noreferrer">
        {label}
      </a>
    </li>
  );
}

export function SeriesCard({ summary }: { summary: SeriesSummary }) {
  const { series, parts, read, known } = summary;
  const title = seriesTitle(series);
  const platforms = series.platforms.map((p) => PLATFORM_NAMES[p] ?? p).join(', ');
  return (
    <article class="series" aria-labelledby={`series-${series.id}`}>
      <h2 id={`series-${series.id}`}>{title}</h2>
      <p class="series__meta">
        {series.author ? `${series.author} · ` : ''}
        {platforms}
      </p>
      <div
        class="progress"
        role="progressbar"
        aria-label={`${title}: parts read`}
        aria-valuemin={0}
        aria-valuemax={known}
        aria-valuenow={read}
        aria-valuetext={`${read} of ${known} parts read`}
      >
        <div class="progress__fill" style={{ width: `${known ? (100 * read) / known : 0}%` }} />
      </div>
      <p class="series__count">
        {read} of {known} read
      </p>
      <ol class="parts" aria-label={`Parts of ${title}`}>
        {parts.map((part) => (
          <PartItem key={part.id} part={part} />
        ))}
      </ol>
    </article>
  );
}

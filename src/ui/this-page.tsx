import { useEffect, useState } from 'preact/hooks';
import { t } from '../core/i18n';
import type { PageStatus } from '../messaging/to-content';
import type { ThisPage } from '../platform/this-page';
import type { Actions } from './actions';

type Step =
  | { kind: 'ready' }
  | { kind: 'checking' }
  | { kind: 'found'; title: string | undefined }
  | { kind: 'none' }
  | { kind: 'refused' };

const outcome = (status: PageStatus | null): Step =>
  status === null
    ? { kind: 'refused' }
    : status.tracked
      ? { kind: 'found', title: status.title }
      : { kind: 'none' };

/**
 * On a site Instalments does not watch (a self-hosted blog, say), the popup offers to look at
 * this one page, with the access the toolbar click grants, and to remember the site.
 */
export function ThisPageCard({ page }: { page: Actions['page'] }) {
  const [here, setHere] = useState<ThisPage | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'ready' });
  const [remembered, setRemembered] = useState<boolean | null>(null);
  const [granted, setGranted] = useState<string | null>(null);
  useEffect(() => {
    void page.uncovered().then(
      (found) => {
        setHere(found);
        if (found?.checked) setStep(outcome(found.checked));
      },
      () => setHere(null),
    );
    void page.granted().then(setGranted, () => setGranted(null));
  }, [page]);
  // The site this page is on was just granted, by a prompt that closed the last popup.
  const rememberedHere = remembered ?? (granted !== null && granted === here?.host ? true : null);
  if (!here) {
    return granted ? (
      <p class="this-page" role="status">
        {t('thisPageRemembered', granted)}
      </p>
    ) : null;
  }
  const run = (how: 'check' | 'track') => {
    setStep({ kind: 'checking' });
    void page[how](here.tabId).then(
      (status) => setStep(outcome(status)),
      () => setStep({ kind: 'refused' }),
    );
  };
  return (
    <section class="this-page" aria-labelledby="this-page-heading">
      <h2 id="this-page-heading">{t('thisPageHeading')}</h2>
      {step.kind === 'ready' && <p>{t('thisPageNotWatched', here.host)}</p>}
      {(step.kind === 'ready' || step.kind === 'checking') && (
        <button type="button" disabled={step.kind === 'checking'} onClick={() => run('check')}>
          {t('thisPageCheck')}
        </button>
      )}
      <p role="status">
        {step.kind === 'checking' && t('thisPageChecking')}
        {step.kind === 'found' &&
          (step.title ? t('thisPageFound', step.title) : t('thisPageFoundUntitled'))}
        {step.kind === 'none' && t('thisPageNone')}
        {step.kind === 'refused' && t('thisPageRefused')}
      </p>
      {step.kind === 'none' && (
        <button type="button" class="text-button" onClick={() => run('track')}>
          {t('thisPageTrackAnyway')}
        </button>
      )}
      {(step.kind === 'found' || step.kind === 'none') && rememberedHere !== true && (
        <button
          type="button"
          class="text-button"
          // The browser asks the reader first; this click is what lets it.
          onClick={() => void page.remember(here.origin).then(setRemembered)}
        >
          {t('thisPageRemember', here.host)}
        </button>
      )}
      {rememberedHere !== null && (
        <p role="status">
          {rememberedHere
            ? t('thisPageRemembered', here.host)
            : t('thisPageNotRemembered', here.host)}
        </p>
      )}
    </section>
  );
}

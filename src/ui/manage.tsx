import { useState } from 'preact/hooks';
import { plural, t } from '../core/i18n';
import { LIMITS } from '../core/limits';
import type { PartRow } from '../db/schema';
import type { Actions } from './actions';

/** Another series a part or a series can be moved into. */
export interface SeriesChoice {
  id: string;
  title: string;
}

/**
 * A destructive action asks once, in place, naming what goes: the reader confirms or cancels,
 * and nothing is removed on a single click.
 */
export function Confirm({
  question,
  yes,
  onYes,
  onNo,
}: {
  question: string;
  yes: string;
  onYes: () => void;
  onNo: () => void;
}) {
  return (
    <div class="confirm" role="alertdialog" aria-label={question}>
      <p>{question}</p>
      <button type="button" class="text-button text-button--danger" onClick={onYes}>
        {yes}
      </button>{' '}
      <button type="button" class="text-button" ref={(el) => el?.focus()} onClick={onNo}>
        {t('cancel')}
      </button>
    </div>
  );
}

/** The "More" button that shows a part's or a series' management panel below it. */
export function useDisclosure(label: string) {
  const [open, setOpen] = useState(false);
  const button = (
    <button
      type="button"
      class="icon-button"
      aria-label={label}
      title={label}
      aria-expanded={open}
      onClick={() => setOpen(!open)}
    >
      <span aria-hidden="true">⋯</span>
    </button>
  );
  return { open, button, close: () => setOpen(false) };
}

function parseNumber(raw: string): number | null | undefined {
  if (raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= LIMITS.partNumber ? n : undefined;
}

/** Everything a reader can correct about one part. */
export function PartManage({
  part,
  label,
  others,
  actions,
  onDone,
}: {
  part: PartRow;
  label: string;
  /** The series this part could move to (not its own). */
  others: readonly SeriesChoice[];
  actions: Actions;
  onDone: () => void;
}) {
  const [number, setNumber] = useState(String(part.userNumber ?? part.number ?? ''));
  const [numberError, setNumberError] = useState('');
  const [target, setTarget] = useState('');
  const [removing, setRemoving] = useState(false);
  if (removing) {
    return (
      <Confirm
        question={t('removePartQuestion', label)}
        yes={t('removePart')}
        onYes={() => {
          actions.manage.removeParts([part.id]);
          onDone();
        }}
        onNo={() => setRemoving(false)}
      />
    );
  }
  return (
    <div class="manage" role="group" aria-label={t('managePartLabel', label)}>
      <button
        type="button"
        class="text-button"
        onClick={() => {
          actions.manage.markThrough(part.id);
          onDone();
        }}
      >
        {t('markReadThrough')}
      </button>
      <form
        noValidate
        class="manage__row"
        onSubmit={(event) => {
          event.preventDefault();
          const value = parseNumber(number);
          if (value === undefined) {
            setNumberError(t('partNumberInvalid', LIMITS.partNumber));
            return;
          }
          actions.manage.renumber(part.id, value);
          onDone();
        }}
      >
        <label>
          {t('partNumberField')}{' '}
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={LIMITS.partNumber}
            value={number}
            aria-invalid={numberError !== ''}
            aria-describedby={numberError ? `number-error-${part.id}` : undefined}
            onInput={(e) => {
              setNumber((e.target as HTMLInputElement).value);
              setNumberError('');
            }}
          />
        </label>
        <button type="submit" class="text-button">
          {t('partNumberSet')}
        </button>
        {numberError && (
          <p id={`number-error-${part.id}`} class="manage__error" role="alert">
            {numberError}
          </p>
        )}
      </form>
      <form
        class="manage__row"
        onSubmit={(event) => {
          event.preventDefault();
          void actions.manage.move([part.id], target || null).then(onDone);
        }}
      >
        <label>
          {t('moveTo')}{' '}
          <select value={target} onChange={(e) => setTarget((e.target as HTMLSelectElement).value)}>
            <option value="">{t('moveToNewSeries')}</option>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="text-button">
          {t('move')}
        </button>
      </form>
      <button
        type="button"
        class="text-button text-button--danger"
        onClick={() => setRemoving(true)}
      >
        {t('removePart')}
      </button>
    </div>
  );
}

/** Renaming, merging and removing a whole series. */
export function SeriesManage({
  seriesId,
  title,
  detectedTitle,
  parts,
  others,
  actions,
  onDone,
}: {
  seriesId: string;
  title: string;
  /** The title detection found, to go back to when the reader's own is cleared. */
  detectedTitle: string;
  parts: number;
  others: readonly SeriesChoice[];
  actions: Actions;
  onDone: () => void;
}) {
  const [name, setName] = useState(title);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const [asking, setAsking] = useState<'remove' | 'merge' | null>(null);
  const into = others.find((s) => s.id === target);
  if (asking === 'remove') {
    return (
      <Confirm
        question={plural('removeSeriesQuestion', parts, title)}
        yes={t('removeSeries')}
        onYes={() => {
          actions.manage.removeSeries(seriesId);
          onDone();
        }}
        onNo={() => setAsking(null)}
      />
    );
  }
  if (asking === 'merge' && into) {
    return (
      <Confirm
        question={t('mergeQuestion', title, into.title)}
        yes={t('merge')}
        onYes={() => {
          actions.manage.merge(into.id, seriesId);
          onDone();
        }}
        onNo={() => setAsking(null)}
      />
    );
  }
  return (
    <div class="manage" role="group" aria-label={t('manageSeriesLabel', title)}>
      <form
        class="manage__row"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = name.trim();
          actions.manage.rename(seriesId, trimmed && trimmed !== detectedTitle ? trimmed : null);
          onDone();
        }}
      >
        <label>
          {t('seriesNameField')}{' '}
          <input
            type="text"
            value={name}
            maxLength={LIMITS.text}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="text-button">
          {t('rename')}
        </button>
      </form>
      {others.length > 0 && (
        <form
          class="manage__row"
          onSubmit={(event) => {
            event.preventDefault();
            setAsking('merge');
          }}
        >
          <label>
            {t('mergeInto')}{' '}
            <select
              value={target}
              onChange={(e) => setTarget((e.target as HTMLSelectElement).value)}
            >
              {others.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" class="text-button">
            {t('merge')}
          </button>
        </form>
      )}
      <button
        type="button"
        class="text-button text-button--danger"
        onClick={() => setAsking('remove')}
      >
        {t('removeSeries')}
      </button>
    </div>
  );
}

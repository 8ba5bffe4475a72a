import { describe, expect, test } from 'vitest';
import { corpusDir, loadLabels, runPage, score } from '../../scripts/corpus';

// Real pages nobody here wrote, labelled by hand (../shared/corpus). Thresholds from issue 3.
const dir = corpusDir();
if (!dir && process.env['CI']) throw new Error('CI must have the corpus at ../shared/corpus');

describe.skipIf(!dir)(
  'detection on the labelled corpus (skipped only where ../shared/corpus is absent)',
  () => {
    test('meets the precision, recall, part and sibling targets', { timeout: 60_000 }, () => {
      const results = loadLabels(dir ?? '').map((label) => runPage(dir ?? '', label));
      const scores = score(results);
      console.log(`corpus scores: ${JSON.stringify(scores)}`);
      expect(scores.pages).toBeGreaterThan(80);
      expect(scores.precision).toBeGreaterThanOrEqual(0.98);
      expect(scores.recall).toBeGreaterThanOrEqual(0.95);
      expect(scores.partExact).toBeGreaterThanOrEqual(0.95);
      expect(scores.siblingRecall).toBeGreaterThanOrEqual(0.9);
    });
  },
);

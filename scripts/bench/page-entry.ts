import { Readability } from '@mozilla/readability';
import { detectSeries } from '../../src/core/detect';

// Bundled into one script for the benchmark page, so both run on Chromium's own DOM.
Object.assign(globalThis, { InstalmentsBench: { detectSeries, Readability } });

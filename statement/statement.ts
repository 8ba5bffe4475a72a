import accessibility from '../docs/accessibility.md?raw';
import privacy from '../docs/privacy.md?raw';
import { showDocument } from '../src/ui/document-page';

/**
 * The statements the options page links to, written once in docs/ and shown from there:
 * `?doc=privacy` or `?doc=accessibility`.
 */
const DOCUMENTS: Record<string, string> = { privacy, accessibility };

showDocument(DOCUMENTS[new URLSearchParams(location.search).get('doc') ?? ''] ?? privacy);

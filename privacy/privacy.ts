import notice from '../docs/privacy.md?raw';
import { showDocument } from '../src/ui/document-page';

showDocument(notice);

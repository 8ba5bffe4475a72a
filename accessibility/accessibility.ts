import statement from '../docs/accessibility.md?raw';
import { showDocument } from '../src/ui/document-page';

showDocument(statement);

import { previewImport } from '../src/db/backup-plan';
import { send } from '../src/platform/browser';
import { BackupPanel } from '../src/ui/backup-panel';
import { mount } from '../src/ui/main';
import { OfflinePanel } from '../src/ui/offline-panel';

mount('tab', (db, actions) => (
  <>
    <OfflinePanel db={db} actions={actions} />
    <BackupPanel
      db={db}
      actions={actions}
      importer={{
        preview: (backup) => previewImport(db, backup),
        run: (backup) => send('library/import', { backup }),
      }}
    />
  </>
));

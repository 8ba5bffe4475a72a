import { render } from 'preact';
import { loadSettingsState, onSettingsChanged, saveSettings } from '../src/platform/settings-store';
import { SettingsView } from '../src/ui/settings-view';

const root = document.getElementById('app');
if (root) {
  render(
    <SettingsView
      store={{ load: loadSettingsState, save: saveSettings, onChanged: onSettingsChanged }}
    />,
    root,
  );
}

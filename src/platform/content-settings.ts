import { PLATFORMS } from '../core/identity/platforms';
import { disabledPlatforms, platformList, readAtSetting } from '../settings/platform-switch';
import { EPOCH_KEY, epochOf, SETTINGS_KEY, SWITCHED_OFF_KEY } from '../settings/storage-key';
import { contentApi } from './content-api';

/** What a content script needs of the settings. */
export interface ContentSettings {
  /** Platforms switched off, by the reader or their organisation. */
  disabled: ReadonlySet<string>;
  /** What counts as read. */
  readAt: number;
  /** The library epoch: it moves on when the reader deletes everything. */
  epoch: number;
}

/**
 * The content script's part: its settings, now and whenever they change, read without the
 * schema library. Before the background has published anything, the reader's own settings
 * stand.
 */
export function watchContentSettings(listener: (settings: ContentSettings) => void): void {
  const read = async () => {
    const local = await contentApi.getLocal([SETTINGS_KEY, SWITCHED_OFF_KEY, EPOCH_KEY]);
    const published = platformList(local[SWITCHED_OFF_KEY]);
    listener({
      disabled: new Set(published ?? disabledPlatforms(local[SETTINGS_KEY], {}, PLATFORMS)),
      readAt: readAtSetting(local[SETTINGS_KEY]),
      epoch: epochOf(local[EPOCH_KEY]),
    });
  };
  const keys = [SWITCHED_OFF_KEY, SETTINGS_KEY, EPOCH_KEY];
  contentApi.onLocalChanged((changed) => {
    if (keys.some((key) => changed.includes(key))) void read();
  });
  void read().catch(() => listener({ disabled: new Set(), readAt: 1, epoch: 0 }));
}

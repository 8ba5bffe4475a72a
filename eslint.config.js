import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Folder boundaries from DESIGN.md, enforced here rather than remembered.
const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

const POLYFILL = {
  group: ['webextension-polyfill'],
  message: 'Only src/platform imports the polyfill, so everything else runs in Node tests.',
};
const WRITE_SIDE = {
  group: [
    '**/db/repository',
    '**/db/repository.ts',
    '**/db/offline-store',
    '**/db/backup-import',
    '**/db/backup-import.ts',
    '**/db/offline-store.ts',
  ],
  message: 'Only the background writes to the library; pages read through src/db/queries.',
};
const entry = (name) => ({
  group: [`**/${name}/**`, `../${name}`, `../${name}/*`],
  message: 'Entry folders never import each other; share code through src/.',
});

export default tseslint.config(
  { ignores: ['dist/', 'artifacts/', 'node_modules/', '.e2e-profiles/', '.demo-profile/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Page content is untrusted: extension code renders it as text (Preact escapes it) or,
    // in the offline reader, through DOMPurify. The demo site is ours and exempt.
    files: ['src/**', 'background/**', 'content/**', 'popup/**', 'reader/**', 'capture/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render page data as text; HTML goes through DOMPurify in the reader only.',
        },
        {
          selector:
            'AssignmentExpression > MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render page data as text; HTML goes through DOMPurify in the reader only.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Render page data as text; HTML goes through DOMPurify in the reader only.',
        },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: restrict(
      {
        group: ['dexie', 'preact', 'preact/*', 'webextension-polyfill', 'valibot'],
        message: 'src/core is pure TypeScript: no storage, UI, schema or browser libraries.',
      },
      {
        group: [
          '**/db',
          '**/db/**',
          '**/messaging',
          '**/messaging/**',
          '**/platform/**',
          '**/background/**',
          '**/content/**',
          '**/popup/**',
          '**/ui/**',
        ],
        message: 'src/core imports nothing outside itself.',
      },
    ),
  },
  {
    files: ['src/db/**', 'src/messaging/**'],
    rules: restrict(POLYFILL, {
      group: ['**/platform/**', 'preact', 'preact/*'],
      message: 'Storage and messaging stay free of the browser and the UI.',
    }),
  },
  {
    files: ['background/**'],
    rules: restrict(POLYFILL, entry('content'), entry('popup'), entry('reader')),
  },
  {
    // Content scripts, and the capture script injected beside them when saving.
    files: ['content/**', 'capture/**'],
    rules: restrict(POLYFILL, WRITE_SIDE, entry('background'), entry('popup'), {
      group: ['dexie', '**/db/**'],
      message:
        "A content script's IndexedDB belongs to the web page: never touch the library here.",
    }),
  },
  {
    files: ['popup/**'],
    rules: restrict(POLYFILL, WRITE_SIDE, entry('background'), entry('content'), entry('library')),
  },
  {
    files: ['library/**'],
    rules: restrict(POLYFILL, WRITE_SIDE, entry('background'), entry('content'), entry('popup')),
  },
  {
    files: ['reader/**', 'offscreen/**'],
    rules: restrict(POLYFILL, WRITE_SIDE, entry('background'), entry('content'), entry('popup')),
  },
  {
    // The views both extension pages show: Preact, reading through queries, writing through messages.
    files: ['src/ui/**'],
    rules: restrict(
      POLYFILL,
      WRITE_SIDE,
      entry('background'),
      entry('content'),
      entry('popup'),
      entry('library'),
    ),
  },
);

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
/** One folder per runtime context. */
const ENTRIES = [
  'background',
  'content',
  'capture',
  'popup',
  'library',
  'reader',
  'offscreen',
  'options',
  'statement',
  'sidepanel',
];
// The page half of detection, which every tab's content script carries: it reads the page.
// The rules and word lists that weigh what it read run in the background (page/detect).
const PAGE_HALF = [
  'src/core/detect/page-facts.ts',
  'src/core/detect/scan.ts',
  'src/core/detect/link-cues.ts',
  'src/core/detect/site-name.ts',
  'src/core/detect/numbers.ts',
  'src/core/detect/block.ts',
  'src/core/detect/detection.ts',
  'src/core/detect/adapters/**',
];
const RULES_HALF = {
  group: [
    '**/core/detect/index',
    '**/detect/title',
    '**/detect/phrases',
    '**/detect/siblings',
    '**/detect/*weights',
    './title',
    '../title',
    './phrases',
    '../phrases',
    './siblings',
    '../siblings',
    './*weights',
    '../*weights',
    '../index',
  ],
  message:
    'The page half of detection reads the page; the rules that weigh it run in the background.',
};
// The detector's own entry point (src/core/detect), named as a whole.
const RULES_ENTRY = { regex: '(^|/)core/detect/?$', message: RULES_HALF.message };
/** Contexts with no page of their own to render. */
const NO_UI = ['background', 'content', 'capture', 'offscreen'];
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
        {
          // Every storage key is named once, in src/settings/storage-key.ts.
          selector: [
            'Literal[raw=/^[\'"]/]',
            'TemplateLiteral[expressions.length=0]',
            'ArrayExpression > Literal',
            'ObjectExpression > Property[computed=false] > Identifier.key',
            'ObjectExpression > Property > Literal.key',
          ]
            .map(
              (key) =>
                `CallExpression[callee.object.property.name=/^(local|session|sync)$/] > ${key}`,
            )
            .join(', '),
          message: 'Name storage keys in src/settings/storage-key.ts.',
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
  // Every entry folder (one runtime context each) is closed to every other; what they share
  // lives in src/. tests/unit/boundaries.test.ts tries every pair.
  ...ENTRIES.map((name) => ({
    files: [`${name}/**`],
    rules: restrict(
      ...ENTRIES.filter((other) => other !== name).map(entry),
      ...(name === 'background' ? [POLYFILL] : [POLYFILL, WRITE_SIDE]),
      ...(NO_UI.includes(name)
        ? [
            {
              group: ['preact', 'preact/*', '**/ui/**'],
              message: 'No UI library in a context that shows no page of its own.',
            },
          ]
        : []),
      ...(name === 'content' ? [RULES_HALF, RULES_ENTRY] : []),
      ...(name === 'content' || name === 'capture'
        ? [
            {
              group: ['dexie', '**/db/**'],
              message:
                "A content script's IndexedDB belongs to the web page: never touch the library here.",
            },
          ]
        : []),
    ),
  })),
  {
    files: PAGE_HALF,
    rules: restrict(
      {
        group: ['dexie', 'preact', 'preact/*', 'webextension-polyfill', 'valibot'],
        message: 'src/core is pure TypeScript: no storage, UI, schema or browser libraries.',
      },
      RULES_HALF,
      RULES_ENTRY,
    ),
  },
  {
    // Settings and reading progress are pure: the content script and Node tests run them.
    files: ['src/settings/**', 'src/reading/**'],
    rules: restrict(POLYFILL, {
      group: ['dexie', 'preact', 'preact/*', '**/db/**', '**/ui/**', '**/platform/**'],
      message: 'Settings and reading code stay free of storage, UI and the browser.',
    }),
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

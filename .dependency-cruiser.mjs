/**
 * `npm run depcheck`: the import rules between folders. TypeScript is read with swc (@swc/core):
 * dependency-cruiser's TypeScript parser needs the compiler's JavaScript API, which TypeScript 7
 * does not ship. Type-only imports count (an arrow is an arrow).
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'no-folder-cycle',
      severity: 'error',
      comment: 'Folders that import each other hide which one is below: each folder has one floor, and an arrow only points down.',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-file-cycle',
      severity: 'error',
      comment: 'Modules that import each other, even inside one folder, are one module in two files.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-entry-imports',
      severity: 'error',
      comment: 'A command-line or process entry (server/cli/*, server/main.ts) is a top: nothing imports it.',
      from: {},
      to: { path: '^server/(cli/[^/]+|main)\\.ts$' },
    },
    {
      name: 'client-imports-client-contract-packages',
      severity: 'error',
      comment: 'The browser code imports itself, contract/ and charts/ (shared with the server) and packages; nothing of server/.',
      from: { path: '^client/' },
      to: { pathNot: ['^client/', '^contract/', '^charts/', '(^|/)node_modules/'] },
    },
    {
      name: 'charts-imports-contract-packages',
      severity: 'error',
      comment:
        'charts/ draws SVG for the client and the report alike: it may import itself, contract/ and packages only (no DOM, no Node).',
      from: { path: '^charts/' },
      to: { pathNot: ['^charts/', '^contract/', '(^|/)node_modules/'] },
    },
    {
      name: 'contract-imports-no-side',
      severity: 'error',
      comment: 'contract/ is shared by server and client: it may import packages and itself only.',
      from: { path: '^contract/' },
      to: { path: '^(server|client|test|bench|scripts)/' },
    },
    {
      name: 'resolvable',
      severity: 'error',
      comment: 'An import that does not resolve is a broken file or a missing package.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    parser: 'swc',
    tsPreCompilationDeps: true,
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: ['^dist/', '^test/fixtures/'] },
    enhancedResolveOptions: {
      extensions: ['.ts', '.mjs', '.js', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

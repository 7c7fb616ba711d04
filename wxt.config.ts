import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// `npm run build:e2e` (FITCHECK_E2E=1) writes the same build to the same place with the
// all-sites permission granted up front, so end-to-end tests can read company websites
// without the click a user would give (CONTRACT.md §3).
const grantAllSites = process.env.FITCHECK_E2E === '1';
// `npm run bench` (FITCHECK_BENCH=1) adds the timing marks of lib/content/bench-timing.ts; a
// normal build compiles them away, so no page ever sees Fitcheck's marks.
const benchMarks = process.env.FITCHECK_BENCH === '1';
/** An extension page with one line of text and no script: the floor any extension page pays to paint. */
const BENCH_BLANK_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fitcheck bench</title></head>' +
  '<body><p data-testid="bench-blank">Fitcheck</p></body></html>\n';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Benchmarks build into their own folder so a build for tests is never overwritten mid-run.
  outDir: process.env.FITCHECK_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()], define: { __FITCHECK_BENCH__: JSON.stringify(benchMarks) } }),
  hooks: {
    // Benchmark builds only: the bare extension page the popup's paint time is compared with.
    'build:publicAssets': (_wxt, files) => {
      if (benchMarks) files.push({ relativeDest: 'bench-blank.html', contents: BENCH_BLANK_PAGE });
    },
  },
  manifest: ({ browser, manifestVersion }) => {
    const allSites = ['*://*/*'];
    return {
      name: 'Fitcheck',
      description: 'Does this company fit your ICP, and why? Read from the page you are on.',
      permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
      host_permissions: [
        '*://*.linkedin.com/*',
        '*://*.crunchbase.com/*',
        ...(grantAllSites ? allSites : []),
      ],
      ...(manifestVersion === 3
        ? { optional_host_permissions: grantAllSites ? [] : allSites }
        : { optional_permissions: grantAllSites ? [] : allSites }),
      action: { default_title: 'Fitcheck' },
      // The SDR shortlists the company in the tab without opening the popup (chrome://extensions/shortcuts).
      commands: {
        'add-to-shortlist': {
          suggested_key: { default: 'Alt+Shift+S' },
          description: 'Add the company in this tab to the Fitcheck shortlist',
        },
      },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: { id: 'fitcheck@fitcheck.local', data_collection_permissions: { required: ['none'] } },
            },
          }
        : {}),
    };
  },
});

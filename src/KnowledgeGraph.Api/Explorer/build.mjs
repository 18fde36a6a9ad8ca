// Bundles the explorer and cytoscape.js into ../wwwroot/explorer (no CDN at run time).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const out = '../wwwroot/explorer';
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ['explorer.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outfile: `${out}/explorer.js`,
  logLevel: 'warning',
});
copyFileSync('index.html', `${out}/index.html`);
copyFileSync('explorer.css', `${out}/explorer.css`);

// Bundles GraphiQL, React and our example queries into ../wwwroot/playground (no CDN at run time).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const out = '../wwwroot/playground';
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ['index.jsx'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outfile: `${out}/graphiql.js`,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
copyFileSync('index.html', `${out}/index.html`);

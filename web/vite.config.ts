import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(webRoot, '..');
const apiTarget = process.env.ONEWINDOW_API ?? 'http://localhost:3000';

/** Vendor groups, largest first: each stays well below the 500 kB warning on its own. */
const vendorChunks: { name: string; test: RegExp }[] = [
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  { name: 'vendor-icons', test: /node_modules[\\/]@ant-design[\\/]icons(-svg)?[\\/]/ },
  // antd's building blocks apart from antd itself, so neither half passes ~600 kB.
  {
    name: 'vendor-rc',
    test: /node_modules[\\/](@rc-component|rc-[\w-]+|@ant-design[\\/](cssinjs|cssinjs-utils|colors|fast-color)|@emotion)[\\/]/,
  },
  { name: 'vendor-antd', test: /node_modules[\\/](antd|@ant-design)[\\/]/ },
  { name: 'vendor-query', test: /node_modules[\\/]@tanstack[\\/]/ },
  { name: 'vendor-dayjs', test: /node_modules[\\/]dayjs[\\/]/ },
];

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  server: {
    port: 5173,
    // web/src imports the shared rules in ../domain.
    fs: { allow: [repoRoot] },
    proxy: {
      '/api': apiTarget,
      '/docs': apiTarget,
      '/healthz': apiTarget,
    },
  },
  preview: {
    proxy: { '/api': apiTarget },
  },
  build: {
    outDir: path.join(webRoot, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: vendorChunks.map((group, index) => ({ ...group, priority: vendorChunks.length - index })),
        },
      },
    },
  },
});

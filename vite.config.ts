// The web app: built from src/web into dist/web, which the API server mounts at /.
// In development (`npx vite`), API paths go to a running `coopgraph serve` on :8080.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API = [
  '/health',
  '/documents',
  '/search',
  '/overview',
  '/parties',
  '/dossier',
  '/timeline',
  '/graph',
  '/export',
  '/whoami',
  '/facts',
  '/people',
  '/openapi.json',
];

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: Object.fromEntries(API.map((path) => [path, 'http://127.0.0.1:8080'])) },
});

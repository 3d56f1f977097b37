import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built into the gateway's static resources; everything is served from the gateway's own origin (CSP 'self').
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: '../../../target/classes/static',
    emptyOutDir: true,
    assetsInlineLimit: 0,
  },
});

/** `npm run demo-site`: serves the demo site on 127.0.0.1 (port from DEMO_PORT or the first argument). */
import { startDemoServer } from './lib/demo-server.ts';

const port = Number(process.argv[2] ?? process.env.DEMO_PORT ?? 8787);
const server = await startDemoServer(port);
console.log(`Demo site at ${server.origin}/ (Ctrl+C to stop)`);

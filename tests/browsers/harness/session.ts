import { afterEach, beforeEach } from 'vitest';
import { type DemoServer, startDemoServer } from '../../../scripts/lib/demo-server.ts';
import { browserKind, cleanUp, type LaunchOptions, launch, type Session } from './launch.ts';

export interface Scenario {
  readonly demo: DemoServer;
  readonly session: Session;
}

/**
 * Each test of the file gets the demo site on 127.0.0.1 and a fresh browser profile with the
 * extension, in the browser of this run; both are closed and removed after it.
 */
export function useBrowser(options: LaunchOptions = {}): Scenario {
  let demo: DemoServer | undefined;
  let session: Session | undefined;
  beforeEach(async () => {
    demo = await startDemoServer();
    session = await launch(browserKind(), options);
  });
  afterEach(async () => {
    await session?.close().catch(() => undefined);
    if (session) cleanUp(session);
    await demo?.close();
    session = undefined;
    demo = undefined;
  });
  return {
    get demo() {
      if (!demo) throw new Error('no demo server outside a test');
      return demo;
    },
    get session() {
      if (!session) throw new Error('no browser outside a test');
      return session;
    },
  };
}

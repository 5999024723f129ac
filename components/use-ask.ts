import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { RequestOf, RequestType, ResponseOf } from '../lib/messaging/protocol.ts';

/** Sends a typed request to the background (the entrypoint provides it; tests pass a fake). */
export type Ask = <T extends RequestType>(message: RequestOf<T>) => Promise<ResponseOf<T>>;

export const AskContext = createContext<Ask | null>(null);

export function useAsk(): Ask {
  const ask = useContext(AskContext);
  if (!ask) throw new Error('AskContext is not provided');
  return ask;
}

export type Loaded<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly value: T };

/** Loads once per change of `key`; `reload` asks again (after an action). */
export function useLoad<T>(load: () => Promise<T>, key: string): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) =>
        live &&
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [key, round]);
  return [state, () => setRound((r) => r + 1)];
}

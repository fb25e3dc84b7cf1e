import { createContext, useContext } from 'react';
import type { Me } from './me';

export const MeContext = createContext<Me | null>(null);

/** The signed-in user; only inside the app shell, which waits for /me before showing a screen. */
export function useCurrentUser(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useCurrentUser outside the signed-in shell');
  return me;
}

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { ApolloClient } from "@apollo/client";
import { readSession, writeSession, type Session } from "./session-store";

interface SessionValue {
  session: Session | null;
  signIn(session: Session): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Holds the session; signing in or out clears the Apollo cache so no data leaks across users. */
export function SessionProvider({ client, children }: { client: ApolloClient; children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => readSession());
  const change = useCallback(
    async (next: Session | null) => {
      writeSession(next);
      setSession(next);
      await client.clearStore();
    },
    [client],
  );
  const value = useMemo<SessionValue>(() => ({ session, signIn: (s) => change(s), signOut: () => change(null) }), [session, change]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}

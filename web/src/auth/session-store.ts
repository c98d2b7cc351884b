/** The signed-in user, kept for the browser tab (sessionStorage): a bearer token and who it is. */
export type Role = "AGENT" | "SUPPLIER" | "ADMIN";

export interface Session {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  sub: string;
  role: Role;
  name: string;
  supplierId?: string;
  organisation?: string;
}

const KEY = "gouvtech.session";

export function readSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    if (session.expiresAt <= Date.now()) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return session;
  } catch {
    sessionStorage.removeItem(KEY);
    return null;
  }
}

export function writeSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}

/** Calls the gateway as a client would, with a token from the development identity provider. */
export async function devToken(graphqlUrl: string, username: string): Promise<string> {
  const res = await fetch(new URL("/dev-oidc/token", graphqlUrl), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ grant_type: "password", username }),
  });
  if (!res.ok) throw new Error(`no token for ${username}: ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

export async function gql<T>(graphqlUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export interface DevAccount {
  username: string;
  role: string;
  name: string;
}

/** The development identity provider's seeded accounts. */
export async function devAccounts(graphqlUrl: string): Promise<DevAccount[]> {
  const res = await fetch(new URL("/dev-oidc/accounts", graphqlUrl));
  if (!res.ok) throw new Error(`no development accounts: ${res.status}`);
  return ((await res.json()) as { accounts: DevAccount[] }).accounts;
}

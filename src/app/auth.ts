// Who may do what over the API: bearer tokens with a role (reader < editor < admin), kept as
// SHA-256 hashes in the store (`coopgraph token add`) or given in $COOPGRAPH_TOKENS.
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../store/store.js';
import { envTokens } from './config.js';

export const ACCESS_ROLES = ['reader', 'editor', 'admin'] as const;
export type AccessRole = (typeof ACCESS_ROLES)[number];

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** True when `role` is at least `needed`. */
export const allows = (role: AccessRole | null, needed: AccessRole) =>
  role !== null && ACCESS_ROLES.indexOf(role) >= ACCESS_ROLES.indexOf(needed);

/** Makes a token for `name` (replacing its old one) and returns it: it is shown once, only its hash is kept. */
export async function addToken(store: Store, name: string, role: AccessRole): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await store.knowledge.addToken(name, hashToken(token), role);
  return token;
}

/** The role a bearer token grants, or null for none or an unknown token. */
export async function roleOf(store: Store, token: string | undefined): Promise<AccessRole | null> {
  if (!token) return null;
  const fromEnv = envTokens().get(token);
  if (fromEnv) return fromEnv;
  const role = await store.knowledge.tokenRole(hashToken(token));
  return (ACCESS_ROLES as readonly string[]).includes(role ?? '') ? (role as AccessRole) : null;
}

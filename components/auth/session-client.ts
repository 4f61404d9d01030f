import type * as NextAuthClient from "next-auth/react";

// next-auth's browser client (~7 KiB gzip) is fetched when a form signs in or out, not with the page: the
// sign-in, sign-out and password pages stay within the first-load budget (npm run bench -- first-load).
const client = () => import("next-auth/react");

export const signIn: typeof NextAuthClient.signIn = async (...args) => (await client()).signIn(...args);

export const signOut: typeof NextAuthClient.signOut = async (...args) => (await client()).signOut(...args);

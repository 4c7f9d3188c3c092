/** Names shared by the proxy and the full Auth.js setup; no database, no Node-only imports. */
export const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

/** apps/web/early-entry-plugin.ts: the body of `query Me` as urql sends it, made at build time. */
declare module 'virtual:session-check' {
  export const SESSION_CHECK_BODY: string;
}

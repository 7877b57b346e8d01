// The reader of a 403's access headers (access.ts), which PermissionDeniedError needs: a chunk of its
// own, as few calls meet a 403 (the bundle budget). The client loads it before it makes one.
export let access: typeof import("./access.js") | undefined;

export async function loadAccess(): Promise<void> {
  access ??= await import("./access.js");
}

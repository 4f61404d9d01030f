/** The state of an action form before its first submission. */
export const idleState = { status: "idle" } as const;

// Text the CLI prints comes partly from the user's file (agency names): an
// escape sequence there would drive the terminal (colours, cursor moves, a
// rewritten title, hidden text). Control characters are dropped from what
// is printed; in JSON they are written as \u escapes, so the data stays exact.

/** C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides/isolates. */
// Control characters are what this pattern is for.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export const stripControls = (s: string): string => s.replace(CONTROLS, "");

/** For JSON text: the same characters as \u escapes (JSON.stringify leaves DEL, C1 and bidi controls raw). */
export const escapeControls = (s: string): string => s.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

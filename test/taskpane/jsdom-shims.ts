// jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow; every
// browser the pane supports has it.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof g.ResizeObserver === "undefined") g.ResizeObserver = NoopResizeObserver;

// jsdom (jest 29) lacks TextEncoder/TextDecoder, which every browser the pane supports has.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
const t = globalThis as unknown as { TextEncoder?: unknown; TextDecoder?: unknown };
if (typeof t.TextEncoder === "undefined") t.TextEncoder = NodeTextEncoder;
if (typeof t.TextDecoder === "undefined") t.TextDecoder = NodeTextDecoder;

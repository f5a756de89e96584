// The pane with the real engine and report modules; tests and the preview
// may replace any of them.
import * as React from "react";
import type { Lang } from "../engine/types";
import type { WorkbookHost } from "../report/host";
import { Pane, type PaneProps } from "./components/Pane";
import { defaultDeps } from "./default-deps";
import type { PaneDeps } from "./pane-deps";

export interface AppProps {
  host: WorkbookHost;
  initialLang: Lang;
  deps?: Partial<PaneDeps>;
  root?: PaneProps["root"];
}

export function App({ host, initialLang, deps, root }: AppProps) {
  const all = React.useMemo(() => ({ ...defaultDeps, ...deps }), [deps]);
  return <Pane host={host} deps={all} initialLang={initialLang} root={root} />;
}

// The question asked before replacing sheets the user edited, as Fluent's
// Dialog; loaded by import() the first time (GenerateSection's ConfirmReplace).
import { Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { ConfirmButtons } from "./GenerateSection";
import { usePaneStyles } from "./pane-styles";
import type { PaneState } from "./usePane";

export default ConfirmDialog;

export function ConfirmDialog({ p }: { p: PaneState }) {
  const c = usePaneStyles();
  const { s, confirm } = p;
  return (
    <Dialog open={confirm !== null} modalType="alert" onOpenChange={(_, d) => (!d.open ? p.onConfirm(false) : undefined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s.confirmTitle}</DialogTitle>
          <DialogContent>
            {s.confirmBody}
            <ul className={c.list}>
              {(confirm?.names ?? []).map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <ConfirmButtons p={p} />
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

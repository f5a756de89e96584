// Saving the sheets just written as an .xlsx file, the way this Office
// allows: a browser download; on Office for Mac, whose webview ignores
// downloads (office-js#2700), a new Excel workbook to save, the preview in
// the user's browser, or words saying what to do — never a silent no-op.
// What this Office allows comes from the host's capabilities (the pane never
// asks Office itself).
import * as React from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import type { FileHandover, WorkbookHost } from "../../report/host";
import type { SheetSpec } from "../../report/spec";
import { downloadName } from "../download";
import type { PaneDeps } from "../pane-deps";
import type { UiStrings } from "../strings";

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "flex-end" },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export interface DownloadAreaProps {
  host: WorkbookHost;
  deps: Pick<PaneDeps, "writeWorkbook" | "saveFile">;
  specs: SheetSpec[];
  s: UiStrings;
  disabled: boolean;
  onBusy: (busy: boolean) => void;
}

export function DownloadArea({ host, deps, specs, s, disabled, onBusy }: DownloadAreaProps) {
  const c = useStyles();
  const [how, setHow] = React.useState<FileHandover>("download");
  const [failed, setFailed] = React.useState(false);
  const [done, setDone] = React.useState(false);
  React.useEffect(() => {
    let live = true;
    host
      .capabilities()
      .then((caps) => live && setHow(caps.fileHandover ?? "download"))
      .catch(() => undefined); // unknown: the browser download, as everywhere but Office for Mac
    return () => void (live = false);
  }, [host]);

  const run = async (work: () => Promise<void>) => {
    setFailed(false);
    setDone(false);
    onBusy(true);
    try {
      await new Promise((r) => setTimeout(r, 0)); // let the progress line paint
      await work();
      setDone(true);
    } catch {
      // A failed chunk load, writer or Office error: one sentence, never the exception's text.
      setFailed(true);
    } finally {
      onBusy(false);
    }
  };
  const bytes = () => deps.writeWorkbook(specs);
  const actions: Record<FileHandover, { label?: string; hint: string; act?: () => Promise<void> }> = {
    download: { label: s.download, hint: s.downloadHint, act: async () => deps.saveFile(downloadName(specs), await bytes()) },
    "new-workbook": {
      label: s.openAsWorkbook,
      hint: s.macNewWorkbookHint,
      act: async () => {
        if (!host.openWorkbook) throw new Error("no openWorkbook");
        await host.openWorkbook(await bytes());
      },
    },
    browser: {
      label: s.openPreview,
      hint: s.macBrowserHint,
      act: async () => {
        if (!host.openInBrowser) throw new Error("no openInBrowser");
        await host.openInBrowser(new URL("preview.html", document.baseURI).href);
      },
    },
    explain: { hint: s.macExplain },
  };
  const a = actions[how];
  return (
    <div data-testid="download-area" data-handover={how}>
      {a.label && a.act ? (
        <div className={c.row}>
          <Button onClick={() => void run(a.act!)} disabled={disabled}>
            {a.label}
          </Button>
        </div>
      ) : null}
      <div className={c.hint} data-testid="download-hint">
        {a.hint}
      </div>
      {done && how === "new-workbook" ? <div className={c.hint}>{s.macNewWorkbookDone}</div> : null}
      {failed ? (
        <MessageBar intent="error" data-testid="download-error">
          <MessageBarBody>{s.downloadFailed}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}

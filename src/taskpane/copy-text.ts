// Copying text to the clipboard from a task pane: the async Clipboard API
// where the webview grants it, else the selected text of a field and
// execCommand("copy") (older webviews); false when neither worked, and the
// pane then asks the user to copy by hand (the text is already selected).
export async function copyText(
  text: string,
  field: HTMLTextAreaElement | null,
  nav: Navigator = navigator,
  doc: Document = document
): Promise<boolean> {
  try {
    if (nav.clipboard && typeof nav.clipboard.writeText === "function") {
      await nav.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (no clipboard-write permission in this webview): try the old way.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return doc.execCommand("copy");
  } catch {
    return false;
  }
}

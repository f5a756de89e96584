// Plain DOM for the ES5 pane: elements with text nodes only (user and cell
// text is data, never markup), no innerHTML anywhere.

export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  children: Child[] = []
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
  append(e, children);
  return e;
}

export function append(parent: Node, children: Child[]): void {
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
  }
}

/** Empties a node (IE11 has no Element.remove nor replaceChildren). */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function replaceContent(node: Node, children: Child[]): void {
  clear(node);
  append(node, children);
}

/** A button whose handler runs at most once at a time. */
export function button(label: string, onClick: () => void | Promise<void>, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el("button", { type: "button", ...attrs }, [label]);
  b.onclick = () => void onClick();
  return b;
}

export function list(items: Child[], attrs: Record<string, string> = {}): HTMLUListElement {
  return el(
    "ul",
    attrs,
    items.map((x) => el("li", {}, [x]))
  );
}

// Excel header/footer codes (&P, &N, &D, &A, &"Font,Bold", &16, &B …) to the
// plain text a printed page shows.
import { withDigits } from "../engine/text";

export interface PageContext {
  page: number;
  pages: number;
  sheet: string;
  file?: string;
  date?: Date;
  /** Digits of the page numbers (the spec's print.pageDigits). */
  digits?: "thai" | "arabic";
}

const pageNumber = (n: number, ctx: PageContext) => withDigits(String(n), ctx.digits ?? "arabic");

export function headerFooterText(code: string, ctx: PageContext): string {
  let out = "";
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch !== "&") {
      out += ch;
      continue;
    }
    const next = code[i + 1];
    if (next === undefined) break;
    if (next === "&") {
      out += "&";
      i++;
    } else if (next === '"') {
      const end = code.indexOf('"', i + 2);
      i = end < 0 ? code.length : end; // font name and style: no text
    } else if (/\d/.test(next)) {
      let j = i + 1;
      while (j < code.length && /\d/.test(code[j])) j++;
      i = j - 1; // font size
    } else {
      i++;
      switch (next.toUpperCase()) {
        case "P":
          out += pageNumber(ctx.page, ctx);
          break;
        case "N":
          out += pageNumber(ctx.pages, ctx);
          break;
        case "A":
          out += ctx.sheet;
          break;
        case "F":
          out += ctx.file ?? "";
          break;
        case "D":
          out += (ctx.date ?? new Date()).toLocaleDateString("th-TH");
          break;
        case "T":
          out += (ctx.date ?? new Date()).toLocaleTimeString("th-TH", { hour: "2-digit", minute: "2-digit" });
          break;
        case "K":
          i += 6; // &KRRGGBB: font colour
          break;
        default:
          break; // &B &I &U &S &X &Y &K…: style toggles, no text
      }
    }
  }
  return out;
}

// What a write left off: features this Excel lacks, and (apart) features
// Excel refused at run time, each with the sheets it concerns.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { WriteResult } from "../../report/host";
import { byFeature } from "../skipped";
import type { UiStrings } from "../strings";

export interface SkippedListProps {
  s: UiStrings;
  skipped: WriteResult["skipped"];
  listClass: string;
  /** The heading of what was left off, when the workbook is not an Excel (the preview). */
  skippedHeading?: string;
}

export function SkippedList({ s, skipped, listClass, skippedHeading }: SkippedListProps) {
  const groups: [string, WriteResult["skipped"], string][] = [
    [skippedHeading ?? s.skippedHeading, skipped.filter((x) => x.reason !== "failed"), "skipped"],
    [s.failedHeading, skipped.filter((x) => x.reason === "failed"), "failed"],
  ];
  return (
    <>
      {groups
        .filter(([, list]) => list.length > 0)
        .map(([heading, list, id]) => (
          <MessageBar intent="warning" key={id} data-testid={`skipped-${id}`}>
            <MessageBarBody>
              {heading}
              <ul className={listClass}>
                {byFeature(list).map((k) => (
                  <li key={k.feature}>
                    {s.feature[k.feature]}: {k.sheets.join(", ")}
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ))}
    </>
  );
}

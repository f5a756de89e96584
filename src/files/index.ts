// Reading score files (no Node imports here; Node's disk reader is ./node-read).
export { decodeText, type DecodedText, type TextEncodingName } from "./decode";
export { textToCells, splitTextLine, type TextKind } from "./text-cells";
export { readScoreFile, SUPPORTED_EXTENSIONS, type ScoreFileCells } from "./read";
export { FileError, isFileError, type UnreadableReason } from "./errors";

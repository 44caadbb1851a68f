/**
 * Bytes to text: UTF-8 (with or without a BOM), UTF-16 with a BOM, and Latin-1 (read as
 * Windows-1252, its superset) for files that are not valid UTF-8. Empty and binary files are
 * rejected here, before any parser sees them.
 */
import type { IssueList } from './types.ts';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Decodes `bytes`; records an error (and returns null) for an empty or binary file. */
export function decodeText(bytes: Uint8Array, issues: IssueList): DecodedText | null {
  let text: string;
  let encoding: DecodedText['encoding'];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      issues.error('binary-file', lineAt(bytes, nul), null, 'the file is binary (it contains a NUL byte), not text');
      return null;
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      encoding = 'windows-1252';
      issues.warn('latin-1', null, null, 'the file is not valid UTF-8; it was read as Latin-1 (Windows-1252)');
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Control characters other than tab, CR and LF do not occur in text files.
  // oxlint-disable-next-line no-control-regex -- finding them is the point
  const control = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text.slice(0, 65_536));
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    issues.error(
      'binary-file',
      line,
      null,
      `the file is binary (control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')}), not text`,
    );
    return null;
  }
  if (text.trim() === '') {
    issues.error('empty-file', 1, null, 'the file is empty');
    return null;
  }
  return { text, encoding };
}

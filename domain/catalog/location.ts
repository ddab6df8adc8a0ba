/**
 * A guide's 办理地点 comes from the windows that accept the item; the item's written location is only
 * a note. Written text goes stale when windows are renumbered ("29—30号窗口" after the item moved to 31
 * and 32), so the note keeps none of the window numbers it names.
 */

/** "29—30号窗口", "4号窗口", "1—2号综合受理窗口", "33号涉企经营许可综合受理窗口". */
const WINDOW_MENTION = /(\d+)(?:\s*[—–\-~～至]\s*(\d+))?\s*号([^\d；;，,。（）()]{0,12}?)窗口/gu;

/** Every window number the text names, ranges expanded ("29—30号" is 29 and 30). */
export function windowNumbersNamed(text: string): string[] {
  const numbers: string[] = [];
  for (const match of text.matchAll(WINDOW_MENTION)) {
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    for (let n = first; n <= Math.min(last, first + 50); n++) numbers.push(String(n));
  }
  return numbers;
}

/**
 * The written location as a note beside the accepting windows: each window mention becomes the
 * kind of window it named ("29—30号窗口" → "窗口", "1—2号综合受理窗口" → "综合受理窗口"), so no
 * number contradicts the list. Null when nothing is left to say.
 */
export function locationNote(text: string | null | undefined): string | null {
  if (!text) return null;
  const note = text
    .replace(WINDOW_MENTION, (_all, _first, _last, kind: string) => `${kind.trim()}窗口`)
    .replace(/\s+/g, ' ')
    .trim();
  return note === '' ? null : note;
}

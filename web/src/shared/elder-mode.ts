import { useSyncExternalStore } from 'react';

/**
 * 长辈版: larger type, larger touch targets, stronger contrast and a plainer layout on every portal
 * page. One switch, remembered on this device; the class on <html> is set before the first render so
 * the page does not jump.
 */
export const ELDER_MODE_KEY = 'onewindow.elder';
const CLASS_NAME = 'ow-elder';
const listeners = new Set<() => void>();

function readStored(): boolean {
  try {
    return window.localStorage.getItem(ELDER_MODE_KEY) === '1';
  } catch {
    return false;
  }
}

let isOn = typeof window !== 'undefined' && readStored();

/** Call once before rendering. */
export function applyStoredElderMode(): void {
  isOn = readStored();
  document.documentElement.classList.toggle(CLASS_NAME, isOn);
}

export function setElderMode(on: boolean): void {
  isOn = on;
  document.documentElement.classList.toggle(CLASS_NAME, on);
  try {
    if (on) window.localStorage.setItem(ELDER_MODE_KEY, '1');
    else window.localStorage.removeItem(ELDER_MODE_KEY);
  } catch {
    // Private browsing without storage: the switch still works for this visit.
  }
  for (const listener of listeners) listener();
}

export function useElderMode(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => isOn,
    () => false,
  );
}

/** The browser's base font size in px (16 unless the user changed it), so antd's px sizes follow it. */
export function rootFontSize(): number {
  if (typeof window === 'undefined') return 16;
  const size = Number.parseFloat(window.getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}

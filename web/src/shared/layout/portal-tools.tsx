import type { ReactElement } from 'react';
import { setElderMode, useElderMode } from '../elder-mode.ts';

/** The first thing a keyboard or screen-reader user reaches: straight past the header to the content. */
export function SkipLink(): ReactElement {
  return (
    <a className="ow-skip-link" href="#main">
      跳到主要内容
    </a>
  );
}

/** 长辈版 / 标准版: one switch on every portal page. */
export function ElderModeSwitch(): ReactElement {
  const isOn = useElderMode();
  return (
    // The label names what a press does, so it needs no pressed state.
    <button type="button" className="ow-elder-switch" onClick={() => setElderMode(!isOn)}>
      {isOn ? '退出长辈版' : '长辈版'}
    </button>
  );
}

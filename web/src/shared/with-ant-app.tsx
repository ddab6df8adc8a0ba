import { App as AntApp } from 'antd';
import type { ReactElement, ReactNode } from 'react';

/** antd's App context (message, notification, modal) for the pages that show them. */
export function WithAntApp({ children }: { children: ReactNode }): ReactElement {
  return <AntApp>{children}</AntApp>;
}

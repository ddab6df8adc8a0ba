import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useMemo, useState, type ReactElement, type ReactNode } from 'react';
import { rootFontSize, useElderMode } from '../shared/elder-mode.ts';
import { DemoBanner } from '../shared/layout/demo-banner.tsx';
import { createQueryClient } from './query-client.ts';
import { themeFor } from './theme.ts';

dayjs.locale('zh-cn');

/**
 * antd's App (message, notification, modal hooks) is not here: it weighs about 40 KB of script the
 * portal's public pages never use. Staff pages and the portal's sign-in pages add it (`WithAntApp`).
 */
export function AppProviders({ children }: { children: ReactNode }): ReactElement {
  const [queryClient] = useState(createQueryClient);
  const isElder = useElderMode();
  // antd sizes in px: scale them with the browser's font setting, as the rem-based styles are.
  const theme = useMemo(() => themeFor({ isElder, rootFontSize: rootFontSize() }), [isElder]);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={zhCN} theme={theme}>
        <DemoBanner />
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}

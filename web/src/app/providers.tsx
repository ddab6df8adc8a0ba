import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useState, type ReactElement, type ReactNode } from 'react';
import { DemoBanner } from '../shared/layout/demo-banner.tsx';
import { createQueryClient } from './query-client.ts';
import { theme } from './theme.ts';

dayjs.locale('zh-cn');

export function AppProviders({ children }: { children: ReactNode }): ReactElement {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={zhCN} theme={theme}>
        <AntApp>
          <DemoBanner />
          {children}
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}

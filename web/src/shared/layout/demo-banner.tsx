import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { api } from '../api.ts';

/**
 * On every page of a demo deployment (the development outbox is on, SMS codes are shown on this
 * machine), a banner says so: nobody should mistake it for the real service.
 */
export function DemoBanner(): ReactElement | null {
  const info = useQuery({
    queryKey: ['system', 'info'],
    queryFn: () => api.get<{ isDemo: boolean }>('/api/system/info'),
    staleTime: Infinity,
  });
  if (!info.data?.isDemo) return null;
  // Plain markup: the banner is on every portal page, which loads as little of antd as it can.
  return (
    <div role="status" className="ow-demo-banner">
      演示环境：数据为虚构，短信验证码不会真正发出（可在本机查看）
    </div>
  );
}

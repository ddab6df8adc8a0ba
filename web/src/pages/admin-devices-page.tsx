import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState, type ReactElement } from 'react';
import { useSignedInStaff } from '../features/auth/hooks/use-auth.ts';
import { CreateDeviceModal } from '../features/devices/components/create-device-modal.tsx';
import { DevicesTable } from '../features/devices/components/devices-table.tsx';
import { useDevices } from '../features/devices/hooks/use-devices.ts';
import { deviceScopeLabel } from '../features/devices/labels.ts';
import { useCenters } from '../features/org/hooks/use-org.ts';
import { sortCenters } from '../features/org/labels.ts';
import { PageHeader } from '../shared/layout/page-header.tsx';
import { OneTimeSecretModal, type OneTimeSecret } from '../shared/one-time-secret-modal.tsx';
import { EmptyState, ErrorState, LoadingState } from '../shared/page-states.tsx';

export function AdminDevicesPage(): ReactElement {
  const me = useSignedInStaff();
  const devices = useDevices();
  const centers = useCenters();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<OneTimeSecret | null>(null);

  const centerName = (id: string): string =>
    centers.data?.find((center) => center.id === id)?.name ?? (centers.isPending ? '加载中…' : '未知中心');

  const createButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      新建设备令牌
    </Button>
  );

  let body: ReactElement;
  if (devices.isPending) body = <LoadingState rows={6} />;
  else if (devices.isError)
    body = <ErrorState error={devices.error} onRetry={() => void devices.refetch()} />;
  else if (devices.data.length === 0)
    body = <EmptyState description="还没有设备令牌，大厅设备须凭令牌接入">{createButton}</EmptyState>;
  else body = <DevicesTable devices={devices.data} centerName={centerName} />;

  return (
    <div className="ow-page">
      <PageHeader
        title="设备令牌"
        subtitle="大厅设备（取号、叫号、评价）凭令牌接入系统。令牌只在创建时显示一次；设备丢失、报废或更换时请立即吊销。"
        extra={createButton}
      />
      <Card variant="borderless">{body}</Card>
      <CreateDeviceModal
        open={creating}
        defaultCenterId={me.centerId}
        centers={centers.data && sortCenters(centers.data)}
        onClose={() => setCreating(false)}
        onCreated={({ device, token, secretNotice }) => {
          setCreating(false);
          setSecret({
            title: '设备令牌已创建',
            label: '令牌',
            subject: `“${device.name}”（${device.scopes.map(deviceScopeLabel).join('、')}）`,
            secret: token,
            warning: secretNotice ?? '令牌只显示一次，关闭后无法再次查看',
            note: '请立即在设备的设置界面填入此令牌。令牌等同于设备的登录凭据，不要通过聊天工具或邮件传送；如已泄露，请吊销后重新创建。',
          });
        }}
      />
      <OneTimeSecretModal secret={secret} onClose={() => setSecret(null)} />
    </div>
  );
}

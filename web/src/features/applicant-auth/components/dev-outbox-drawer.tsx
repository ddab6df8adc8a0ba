import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Grid, List, Tag } from 'antd';
import type { ReactElement } from 'react';
import { formatHallDateTime } from '../../../shared/format.ts';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/page-states.tsx';
import { codeInMessage } from '../sign-in.ts';
import { useDevOutbox } from '../hooks/use-applicant-auth.ts';

/**
 * Development only: the messages the server would have sent to a number, so a developer or a
 * tester signs in without an SMS gateway. The server answers 404 in production.
 */
export function DevOutboxDrawer({
  open,
  mobile,
  onClose,
  onUseCode,
}: {
  open: boolean;
  /** A valid mobile number, or null when none has been entered. */
  mobile: string | null;
  onClose: () => void;
  onUseCode: (code: string) => void;
}): ReactElement {
  const outbox = useDevOutbox(open ? mobile : null);
  const screens = Grid.useBreakpoint();

  let body: ReactElement;
  if (!mobile) body = <EmptyState description="请先输入正确的手机号" />;
  else if (outbox.isPending) body = <LoadingState rows={3} />;
  else if (outbox.isError)
    body = (
      <ErrorState compact error={outbox.error} title="短信加载失败" onRetry={() => void outbox.refetch()} />
    );
  else if (outbox.data.length === 0) body = <EmptyState description={`尚无发给 ${mobile} 的短信`} />;
  else
    body = (
      <List
        className="ow-outbox-list"
        dataSource={outbox.data}
        renderItem={(message, index) => {
          const code = codeInMessage(message.body);
          return (
            <List.Item
              actions={
                code
                  ? [
                      <Button
                        key="use"
                        size="small"
                        type={index === 0 ? 'primary' : 'default'}
                        onClick={() => onUseCode(code)}
                      >
                        填入
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <span className="ow-outbox-meta">
                    {formatHallDateTime(message.createdAt)}
                    {index === 0 && <Tag color="blue">最新</Tag>}
                  </span>
                }
                description={message.body}
              />
            </List.Item>
          );
        }}
      />
    );

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title="开发环境：短信发件箱"
      placement={screens.sm ? 'right' : 'bottom'}
      size={screens.sm ? 420 : '70%'}
      extra={
        mobile && (
          <Button
            icon={<ReloadOutlined aria-hidden />}
            loading={outbox.isFetching}
            onClick={() => void outbox.refetch()}
            aria-label="刷新"
          />
        )
      }
    >
      <Alert
        className="ow-form-alert"
        type="warning"
        showIcon
        title="仅开发和测试环境可见"
        description="生产环境中验证码通过短信网关发送，此处不会显示。"
      />
      {body}
    </Drawer>
  );
}

import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Modal } from 'antd';
import { useEffect, useState, type ReactElement, type ReactNode } from 'react';
import { copyText } from './clipboard.ts';

export interface OneTimeSecret {
  /** Modal title, e.g. 用户已创建. */
  title: string;
  /** What the secret is, e.g. 临时密码. */
  label: string;
  /** Whose it is, e.g. “zhangsan（张三）”. */
  subject: ReactNode;
  /** Null on a retried request: the server showed it to the first one and keeps no copy. */
  secret: string | null;
  /** The warning above the secret: it is shown only this once. */
  warning: string;
  /** What to do with it next. */
  note?: ReactNode;
}

/**
 * A secret the server returns once (a temporary password, a device token): shown with a copy
 * button, and closed only by saying it has been noted, so it is not dismissed by a stray click.
 */
export function OneTimeSecretModal({
  secret,
  onClose,
}: {
  secret: OneTimeSecret | null;
  onClose: () => void;
}): ReactElement {
  const { message } = AntApp.useApp();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 2000);
    return () => window.clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    if (!secret?.secret) return;
    if (await copyText(secret.secret)) {
      setCopied(true);
      void message.success('已复制');
    } else {
      void message.warning('无法自动复制，请选中后手动复制');
    }
  };

  return (
    <Modal
      open={secret !== null}
      title={secret?.title}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      afterClose={() => setCopied(false)}
      footer={
        <Button type="primary" onClick={onClose}>
          我已记下
        </Button>
      }
    >
      {secret && (
        <div className="ow-secret">
          <Alert type="warning" showIcon title={secret.warning} />
          {secret.secret !== null && (
            <>
              <p className="ow-secret-subject">
                {secret.subject} 的{secret.label}：
              </p>
              <div className="ow-secret-box">
                <code aria-label={secret.label}>{secret.secret}</code>
                <Button
                  icon={copied ? <CheckOutlined aria-hidden /> : <CopyOutlined aria-hidden />}
                  onClick={() => void copy()}
                  aria-label={`复制${secret.label}`}
                >
                  {copied ? '已复制' : '复制'}
                </Button>
              </div>
            </>
          )}
          {secret.note && <div className="ow-secret-note">{secret.note}</div>}
        </div>
      )}
    </Modal>
  );
}

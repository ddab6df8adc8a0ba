import { Button, Result } from 'antd';
import type { ReactElement } from 'react';
import { useNavigate } from 'react-router';

/** 404 in Chinese; inside a staff face it leads back to that face's home. */
export function NotFoundPage({
  homePath = '/',
  homeLabel = '返回办事大厅',
}: {
  homePath?: string;
  homeLabel?: string;
}): ReactElement {
  const navigate = useNavigate();
  return (
    <div className="ow-centered-page">
      <Result
        status="404"
        title="页面不存在"
        subTitle="您访问的页面不存在或已被移除，请检查网址是否正确。"
        extra={
          <Button type="primary" onClick={() => void navigate(homePath)}>
            {homeLabel}
          </Button>
        }
      />
    </div>
  );
}

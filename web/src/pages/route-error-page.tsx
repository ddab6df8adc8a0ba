import { Button, Result } from 'antd';
import type { ReactElement } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from './not-found-page.tsx';

/** What a render error or a failed page download shows instead of a blank screen. */
export function RouteErrorPage(): ReactElement {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  // After a new release the old page chunks are gone; a reload fetches the new ones.
  const isChunkError =
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
  return (
    <div className="ow-centered-page">
      <Result
        status="error"
        title={isChunkError ? '页面资源加载失败' : '页面出错了'}
        subTitle={
          isChunkError
            ? '系统可能刚刚更新，或网络连接中断。请刷新页面后重试。'
            : '页面遇到意外错误，请刷新后重试。如问题持续，请联系系统管理员。'
        }
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            刷新页面
          </Button>
        }
      />
    </div>
  );
}

import { CloseCircleFilled, SearchOutlined } from '@ant-design/icons';
import { Button, Spin } from 'antd';
import { useId, useState, type ReactElement } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../../../shared/api.ts';
import { useDebouncedValue } from '../../../shared/use-debounced-value.ts';
import { useItemSearch } from '../hooks/use-catalog.ts';
import { itemSearchUrl } from '../search-params.ts';
import { ItemResultList } from './item-result-card.tsx';

const PREVIEW_SIZE = 5;

/**
 * The portal home's search: results appear under the box as the citizen types (after a short pause),
 * and the previous results stay while the next ones load, so the list does not flicker.
 */
export function ItemSearchBox(): ReactElement {
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 250);
  const search = useItemSearch({ q, pageSize: PREVIEW_SIZE }, { enabled: q !== '' });
  const navigate = useNavigate();
  const resultsId = useId();
  const showing = text.trim() !== '' && q !== '';

  let results: ReactElement | null = null;
  if (showing) {
    if (search.isPending) results = <p className="ow-search-note">正在查找…</p>;
    else if (search.isError)
      results = <p className="ow-search-note">查找失败：{describeError(search.error)}</p>;
    else if (search.data.total === 0)
      results = (
        <p className="ow-search-note">
          没有找到与“{q}”有关的事项。可以换个说法，例如“营业执照”“身份证”“社保”，或拨打咨询电话。
        </p>
      );
    else
      results = (
        <>
          <ItemResultList items={search.data.items} />
          <Link className="ow-search-all" to={itemSearchUrl({ q })}>
            查看全部 {search.data.total} 个事项
          </Link>
        </>
      );
  }

  return (
    <div className="ow-item-search" role="search">
      <form
        className="ow-item-search-form"
        onSubmit={(event) => {
          event.preventDefault();
          void navigate(itemSearchUrl({ q: text }));
        }}
      >
        {/* A plain input: the portal's first screen should not wait for antd's Input. */}
        <span className="ow-search-input">
          <SearchOutlined aria-hidden className="ow-search-input-icon" />
          <input
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder="搜索办事事项，如：营业执照、身份证"
            aria-label="搜索办事事项"
            aria-controls={resultsId}
            maxLength={100}
            enterKeyHint="search"
          />
          {text !== '' && (
            <button
              type="button"
              className="ow-search-input-clear"
              aria-label="清除搜索内容"
              onClick={() => setText('')}
            >
              <CloseCircleFilled aria-hidden />
            </button>
          )}
        </span>
        <Button type="primary" size="large" htmlType="submit">
          搜索
        </Button>
      </form>
      <div id={resultsId} className="ow-item-search-results" aria-live="polite" hidden={!showing}>
        {search.isFetching && search.isPlaceholderData && (
          <Spin size="small" className="ow-item-search-spin" aria-label="正在更新结果" />
        )}
        {results}
      </div>
    </div>
  );
}

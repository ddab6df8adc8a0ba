import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Form, Tooltip, type FormItemProps } from 'antd';
import { createContext, useContext, type ReactElement, type ReactNode } from 'react';
import { fieldKey, type FieldPath } from '../../item-form.ts';

/** The problems on screen, by field key (`materials.2.name`) or list name (`materials`). */
export const ProblemsContext = createContext<ReadonlyMap<string, string[]>>(new Map());

export function useProblemsAt(key: string): string[] {
  return useContext(ProblemsContext).get(key) ?? [];
}

/**
 * A form item that shows the content check's problems for its field under it. `path` is the field's
 * full path when `name` is relative to a list row.
 */
export function CheckedItem({ path, ...props }: FormItemProps & { path?: FieldPath }): ReactElement {
  const name = props.name as FieldPath | string | undefined;
  const full = path ?? (Array.isArray(name) ? name : name === undefined ? [] : [name]);
  const problems = useProblemsAt(fieldKey(full));
  if (problems.length === 0) return <Form.Item {...props} />;
  return (
    <Form.Item
      {...props}
      validateStatus="error"
      help={
        problems.length === 1 ? problems[0] : problems.map((problem) => <div key={problem}>{problem}</div>)
      }
    />
  );
}

/** Problems of a list as a whole (e.g. two materials with the same name), under its heading. */
export function ListProblems({ list }: { list: string }): ReactElement | null {
  const problems = useProblemsAt(list);
  if (problems.length === 0) return null;
  return (
    <div className="ow-list-problems" role="alert">
      {problems.map((problem) => (
        <div key={problem}>{problem}</div>
      ))}
    </div>
  );
}

/** Move up, move down and remove, for one row of an editable list. */
export function RowActions({
  index,
  count,
  move,
  remove,
  noun,
}: {
  index: number;
  count: number;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
  noun: string;
}): ReactElement {
  return (
    <span className="ow-row-actions">
      <Tooltip title="上移">
        <Button
          size="small"
          type="text"
          icon={<ArrowUpOutlined />}
          aria-label={`上移第 ${index + 1} 个${noun}`}
          disabled={index === 0}
          onClick={() => move(index, index - 1)}
        />
      </Tooltip>
      <Tooltip title="下移">
        <Button
          size="small"
          type="text"
          icon={<ArrowDownOutlined />}
          aria-label={`下移第 ${index + 1} 个${noun}`}
          disabled={index === count - 1}
          onClick={() => move(index, index + 1)}
        />
      </Tooltip>
      <Tooltip title="删除">
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={`删除第 ${index + 1} 个${noun}`}
          onClick={() => remove(index)}
        />
      </Tooltip>
    </span>
  );
}

/** A titled block of the editor, with the problems of the list it holds. */
export function EditorBlock({
  title,
  extra,
  list,
  children,
}: {
  title: string;
  extra?: ReactNode;
  list?: string;
  children: ReactNode;
}): ReactElement {
  return (
    <section className="ow-editor-block">
      <div className="ow-editor-block-head">
        <h3>{title}</h3>
        {extra}
      </div>
      {list && <ListProblems list={list} />}
      {children}
    </section>
  );
}
